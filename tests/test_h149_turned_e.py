"""The turned e (ǝ, U+01DD), typed for the Azerbaijani schwa ə (U+0259), is read as the schwa."""
from geo.names import name_keys


def test_turned_e_meets_the_schwa():
    assert name_keys("Xankǝndi") == name_keys("Xankəndi")
    assert name_keys("ǝlibǝyli") == name_keys("Əlibəyli")


def test_plain_e_stays_as_it_was():
    # a name written with a plain e has no schwa to read: only its own key
    assert name_keys("Xankendi") == ("xankendi",)
