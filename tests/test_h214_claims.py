"""Who a relayed account belongs to: a speaker who "had written" what an outlet then notes keeps it, and an opening
"According to X," keeps it when an outlet's "as Y put it" or "as Y reported" is set off right after."""

from tests.helpers import claimants


def test_the_perfect_of_wrote_keeps_the_writer_under_a_closing_noted(gazetteer):
    found = claimants("The prime minister had written on 3 May that Kapan had been shelled, the portal noted.",
                      gazetteer)
    assert found["Kapan"].startswith("Armenian PM"), found


def test_a_closing_noted_still_owns_what_no_one_wrote(gazetteer):
    found = claimants("Farmers had painted signs on the walls of Kapan, Reuters noted.", gazetteer)
    assert found["Kapan"] == "Reuters", found


def test_according_to_a_side_then_as_an_outlet_put_it(gazetteer):
    found = claimants("According to Yerevan, as Reuters put it, Azerbaijani guns shelled Kapan overnight.",
                      gazetteer)
    assert found["Kapan"] == "Armenian government", found


def test_according_to_a_side_then_as_an_outlet_reported(gazetteer):
    found = claimants("According to Baku, as Interfax reported, Armenian guns shelled Tovuz overnight.", gazetteer)
    assert found["Tovuz"] == "Azerbaijani government", found


def test_an_outlet_putting_it_alone_keeps_it(gazetteer):
    found = claimants("As Reuters put it, Azerbaijani guns shelled Kapan overnight.", gazetteer)
    assert found["Kapan"] == "Reuters", found
