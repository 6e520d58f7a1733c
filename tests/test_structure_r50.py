"""Document structure: a report's footnote markers glued after a full stop end the sentence (and stay out of
claimants and places), and a photo essay whose captions tell the story keeps its captions as text."""

from geo.article import article_text
from geo.extract.sentences import split_sentences
from tests.helpers import claimants


def test_a_footnote_marker_after_a_full_stop_ends_the_sentence():
    text = "Shells fell on Sotk, the ministry said.[4] The next night was calm.[5][6] Roads reopened.²"
    assert [s.text for s in split_sentences(text)] == [
        "Shells fell on Sotk, the ministry said.", "The next night was calm.", "Roads reopened."]


def test_the_footnoted_run_stays_the_quote():
    text = "Shells fell on Sotk, the ministry said.[4] The next night was calm."
    assert {s.passage for s in split_sentences(text)} == {text}


def test_a_numbered_reference_line_is_left_alone():
    assert [s.text for s in split_sentences("[3] Defence ministry bulletin, 2 May.")] == [
        "[3] Defence ministry bulletin, 2 May."]


def test_the_claimant_after_a_footnote_is_no_fragment_of_the_sentence_before(gazetteer):
    text = ("On 2 May the Azerbaijani Defence Ministry reported fire on its positions near Fuzuli.[1] "
            "The ministry said positions near Tartar were shelled the same night.[1]")
    found = claimants(text, gazetteer)
    assert "[1]" not in found["Tartar"] and found["Tartar"].startswith("Azerbaijani")


ESSAY = """<html><head><title>Pictures from the border</title></head><body><article>
<h1>Pictures from the border</h1><p>Pictures taken in May by our photographer.</p>
<figure><img src="a.jpg"><figcaption>1. Dawn over the river. The Armenian Defence Ministry said shells hit houses
in Sotk on 2 May, and that a man was hurt in the evening.</figcaption></figure>
<figure><img src="b.jpg"><figcaption>2. A school yard in Jermuk. Officials said classes were moved online after
drones were seen over the town on 3 May.</figcaption></figure>
</article></body></html>"""

STORY = """<html><head><title>Shelling near Sotk</title></head><body><article>
<h1>Shelling near Sotk</h1>
<p>The Armenian Defence Ministry said shells hit houses in Sotk on 2 May, and that one man was hurt in the evening
when a second round landed near the school. Residents said the firing went on for two hours.</p>
<figure><img src="a.jpg"><figcaption>A street in Jermuk, where families from Sotk stay.</figcaption></figure>
<p>The ministry said the fire came from positions across the border and that its units answered it.</p>
</article></body></html>"""


def test_a_photo_essay_keeps_its_captions_one_paragraph_each():
    lines = article_text(ESSAY).split("\n")
    assert any(line.startswith("1. Dawn over the river.") and "Sotk" in line for line in lines)
    assert any(line.startswith("2. A school yard in Jermuk.") for line in lines)


def test_a_story_with_one_photo_still_drops_its_caption():
    text = article_text(STORY)
    assert "Sotk on 2 May" in text and "Jermuk" not in text


def test_a_story_told_in_divs_with_one_photo_still_drops_its_caption():
    page = STORY.replace("<p>", "<div>").replace("</p>", "</div>")
    assert "Jermuk" not in article_text(page)
