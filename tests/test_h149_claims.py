"""Rules read from heldout149 on claimants: "the statement says", after a sentence in which a spokesperson passed on
a statement by a nation's community of a place, is that community's; a portal named by its web address in commas
("a news portal, xyz.tj,") is what "by the portal's account" means further on."""

import datetime as dt

from geo.extract import extract_text

DAY = dt.date(2021, 3, 6)


def _claimants(text, place, published=DAY):
    return [e["claimed_by"] for e in extract_text(text + "\n", published) if place in e["place_name"].split(";")]


PASSED_ON = ("Hikmet Hajiyev, the president's aide, wrote on Friday that a statement by the Azerbaijani community "
             "of Shusha had been sent to the OSCE.\n")


def test_the_statement_says_is_the_community_whose_statement_it_is():
    assert _claimants(PASSED_ON + "The statement says that shells hit Tartar in the night.", "Tartar") \
        == ["Azerbaijani community of Shusha"]


def test_it_after_the_statement_is_the_community_too():
    assert _claimants(PASSED_ON + "The statement says the shelling began late.\n"
                      "It counts four houses burnt in Tartar.", "Tartar") == ["Azerbaijani community of Shusha"]


def test_a_statement_of_no_community_stays_with_the_one_who_passed_it_on():
    # (a statement named without its author: the aide's words, as before)
    text = ("Hikmet Hajiyev, the president's aide, wrote on Friday that a statement had been sent to the OSCE.\n"
            "The statement says that shells hit Tartar in the night.")
    assert _claimants(text, "Tartar") != ["Azerbaijani community of Shusha"]
    assert _claimants(text, "Tartar") != [""]


PORTAL = "Trend reported on Friday that a Kazakh news portal, qazaq-habar.kz, had published a long article.\n"


def test_by_the_portals_account_is_the_portal_named_by_its_address():
    assert _claimants(PORTAL + "By the portal's account, 40 houses were burnt in Tartar in 1992.", "Tartar") \
        == ["qazaq-habar.kz"]


def test_by_the_villages_account_names_no_portal():
    assert _claimants(PORTAL + "By the village's account, 40 houses were burnt in Tartar in 1992.", "Tartar") \
        != ["qazaq-habar.kz"]
