"""Who tells it: "by that account" is the report cited just before;
"the presidential office" is the office of the president the article named, even after an outlet spoke; a web site
described by its language and subject before its name is that site."""

from tests.helpers import claimant_of


def test_by_that_account_is_the_report_before(gazetteer):
    text = ("APA, quoting Report.az, recalled this week that two men were killed near Aghdam in 1988.\n"
            "The same day, by that account, a rally was held in Ganja.")
    assert claimant_of("Ganja", text, gazetteer) == claimant_of("Aghdam", text, gazetteer) != ""


def test_an_account_of_the_fighting_is_no_source(gazetteer):
    text = "By the account of the fighting given in the book, troops entered Shusha at dawn."
    assert claimant_of("Shusha", text, gazetteer) == ""


def test_presidential_office_after_an_outlet_spoke(gazetteer):
    text = ("On Sunday President Ilham Aliyev toured the region, and his first stop, Trend wrote, was Lachin.\n"
            "In Shusha he raised the flag and gave a speech, the presidential office said.")
    assert claimant_of("Shusha", text, gazetteer) == "Azerbaijani presidency (Ilham Aliyev)"


def test_presidential_office_with_no_president_named_stays_unresolved(gazetteer):
    text = ("Trend said on Sunday that troops had entered Lachin.\n"
            "In Shusha the flag was raised, the presidential office said.")
    assert claimant_of("Shusha", text, gazetteer) != "Azerbaijani presidency (Ilham Aliyev)"


def test_site_described_by_language_and_subject(gazetteer):
    text = "By the account of the Russian-language history site KavkazArchive, the convoy was stopped near Lachin."
    assert claimant_of("Lachin", text, gazetteer) == "KavkazArchive"
