"""Claimants: a named department of a civil ministry that speaks ("the Highways Department of the Ministry of
Territorial Administration and Infrastructure announced") is that department, a body of its government, not the
whole ministry (a defence ministry's department, or a press department, still speaks for its ministry); and on a
letters page whose letters each open with the writer's name and town ("From Anna Petrosyan, Goris: ..."), what a
letter tells without naming another source is its writer's account, by name."""

from tests.helpers import claimant_of


def test_a_named_department_of_a_ministry_is_the_department(gazetteer):
    text = ("The road through Noyemberyan is closed for repairs, the Highways Department of the Ministry of "
            "Territorial Administration and Infrastructure announced on Monday.")
    assert claimant_of("Noyemberyan", text, gazetteer, "2023-05-10") == "Armenian government (Highways Department)"


def test_a_press_department_speaks_for_its_ministry(gazetteer):
    text = ("The road through Noyemberyan is closed for repairs, the Press Department of the Ministry of "
            "Territorial Administration and Infrastructure announced on Monday.")
    assert "Highways" not in claimant_of("Noyemberyan", text, gazetteer, "2023-05-10")
    assert "Press Department" not in claimant_of("Noyemberyan", text, gazetteer, "2023-05-10")


def test_a_department_of_a_defence_ministry_speaks_for_the_ministry(gazetteer):
    text = ("Armenian units fired on Tovuz overnight, the Operations Department of the Ministry of Defence of "
            "Azerbaijan said.")
    assert claimant_of("Tovuz", text, gazetteer, "2023-05-10") == "Azerbaijani MoD"


_PAGE = ("Readers wrote to us about the roads of the north.\n\n"
         "From Anna Petrosyan, Bagratashen: Since June the bridge at Debed has been closed and we drive through "
         "Alaverdi. It takes an hour longer.\n\n"
         "From Tigran Sahakyan, a teacher in Ijevan: In May the police set up a checkpoint at Azatamut. The school "
         "bus now waits there every morning.\n\n"
         "The editor replies: We will follow the works.")


def test_a_letters_page_letter_is_its_writer_s_account(gazetteer):
    assert claimant_of("Azatamut", _PAGE, gazetteer, "2023-08-01") == "Tigran Sahakyan"
    assert claimant_of("Alaverdi", _PAGE, gazetteer, "2023-08-01") == "Anna Petrosyan"


def test_a_source_the_letter_names_keeps_its_claim(gazetteer):
    page = _PAGE.replace("In May the police set up a checkpoint at Azatamut.",
                         "In May the police set up a checkpoint at Azatamut, the Aravot paper reported.")
    assert claimant_of("Azatamut", page, gazetteer, "2023-08-01") == "Armenian media"   # (the table's Aravot)


def test_one_paragraph_opening_from_a_name_is_no_letters_page(gazetteer):
    text = ("Readers wrote to us about the roads of the north.\n\n"
            "From Goris Bus Station, a driver said: since June the road through Kornidzor has been closed.")
    assert claimant_of("Kornidzor", text, gazetteer, "2023-08-01") != "Goris Bus Station"
