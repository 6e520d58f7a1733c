"""A speaker named before an aside that holds a time word ("X, speaking for the party after its meeting, told ...")
is still the one who speaks."""
from geo.extract.claims import find_attributions


def test_speaker_before_an_aside_with_a_time_word():
    found = find_attributions("Arman Petrosyan, speaking for the council after its session, told reporters that "
                              "shells fell near Berd.")
    assert [a.who for a in found] == ["Arman Petrosyan"]


def test_time_word_in_the_reported_clause_is_no_aside():
    # the speaker after the clause: the place's own clause keeps its time word
    found = find_attributions("Shells fell near Berd after the session, the mayor said.")
    assert [a.who for a in found] == ["mayor"]
