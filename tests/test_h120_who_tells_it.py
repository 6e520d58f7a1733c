"""Who makes the claim, written several ways:

* "as he tells it, the radio reported that ...": the radio he passes on is the source, its own verb read too;
* "The broadcast said": the radio or channel heard before, as "the radio said" is;
* "X recalled this week that": X's account, as "X recalled that" is;
* "an article by X, published on ...": the article's author, whom a later "He writes" means (not "One of them");
* "the same American paper sent a reporter to X, where it said": the paper, the outlet named before with that
  nation, not the last outlet heard nor a nation's press; and "the paper" after it is that paper again;
* Tehran Radio is one actor under its other names ("Iran's official radio", "Iran's state radio")."""

from geo.extract.claims import canonical_actor
from tests.helpers import claimant_of

PUBLISHED = "1990-01-23"


def test_the_source_after_a_tellers_aside_makes_the_claim(gazetteer):
    text = ("Our neighbour listens to the news every night. Last night, as he tells it, Radio Moscow reported that "
            "troops had closed the road at Goris.")
    assert claimant_of("Goris", text, gazetteer, PUBLISHED) == "Radio Moscow"


def test_a_tellers_aside_alone_is_still_his(gazetteer):
    text = ("Our neighbour Aram Petrosyan listens to the news every night. Last night, as he tells it, troops closed "
            "the road at Goris.")
    assert claimant_of("Goris", text, gazetteer, PUBLISHED) != "Radio Moscow"


def test_the_broadcast_is_the_radio_heard_before(gazetteer):
    text = ("Tehran Radio reported on Monday that the bridge at Horadiz had been shut. "
            "The broadcast also said that a crossing point had been opened at Bilasuvar.")
    assert claimant_of("Bilasuvar", text, gazetteer, PUBLISHED) == "Tehran Radio"


def test_the_broadcast_after_a_paper_only_is_no_radio(gazetteer):
    text = ("The Los Angeles Times reported on Monday that the bridge at Horadiz had been shut. "
            "A crossing point was opened at Bilasuvar, local people said.")
    assert claimant_of("Bilasuvar", text, gazetteer, PUBLISHED) != "Tehran Radio"


def test_recalled_this_week_that_is_the_speakers_account(gazetteer):
    text = "Trend recalled this week that on 20 January 1990 troops had shelled the outskirts of Sadarak."
    assert claimant_of("Sadarak", text, gazetteer, "2020-01-23") == "Azerbaijani media"


def test_recalled_an_envoy_this_week_is_no_account(gazetteer):
    text = "Iran recalled its envoy this week. On 20 January 1990 troops had shelled the outskirts of Sadarak."
    assert claimant_of("Sadarak", text, gazetteer, "2020-01-23") == ""


def test_he_writes_after_an_article_by_a_person_is_the_author(gazetteer):
    text = ("Two pamphlets lie on the table. One of them is an essay by Elnur Hasanov, published on 3 March, on the "
            "winter of 1990. He writes that armed groups attacked Sadarak again and again.")
    assert claimant_of("Sadarak", text, gazetteer, "2021-03-05") == "Elnur Hasanov"


def test_an_essay_printed_without_its_author_names_no_one(gazetteer):
    text = ("Two pamphlets lie on the table. One of them was published on 3 March. Armed groups attacked Sadarak "
            "again and again.")
    assert claimant_of("Sadarak", text, gazetteer, "2021-03-05") == ""


def test_it_after_the_same_american_paper_is_that_paper(gazetteer):
    text = ("The Los Angeles Times wrote that the border near Astara was calm. "
            "Tass, on the other hand, said that people were still crossing the border. "
            "The same American paper sent a reporter to Yeraskh, where it said the two sides had fought for days. "
            "Within a week, the paper wrote, soldiers had shelled Sadarak.")
    assert claimant_of("Yeraskh", text, gazetteer, "1990-01-24") == "Los Angeles Times"
    assert claimant_of("Sadarak", text, gazetteer, "1990-01-24") == "Los Angeles Times"


def test_it_after_another_subject_is_still_the_last_teller(gazetteer):
    text = ("Tass said on Monday that people were still crossing the border. "
            "A farmer drove to Yeraskh, where it said the two sides had fought for days.")
    assert claimant_of("Yeraskh", text, gazetteer, "1990-01-24") != "Los Angeles Times"


def test_tehran_radio_under_its_other_names():
    assert canonical_actor("Iran's official radio") == "Tehran Radio"
    assert canonical_actor("Iran's state radio") == "Tehran Radio"
    assert canonical_actor("Radio Tehran") == "Tehran Radio"
    assert canonical_actor("Tehran") == "Iranian government"
