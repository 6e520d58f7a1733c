"""Claimants: a defence ministry named without its side before the clause it reports ("On 3 May, the Defence
Ministry reported, Azerbaijani troops killed ...", "The Defence Ministry's account is that ...") is the side's whose
soldier or land was hit; "answered that" is a speaker's verb; "the Human Rights Defender" is never Baku's ombudsman;
a title with its brief before a name ("the special envoy for the talks, X") is X; a speaker past a semicolon does
not take the clause before it; a transcript's turn labelled "MP ANNA GRIGORYAN:" is that person's."""

from tests.helpers import claimant_of


def test_a_bare_ministry_before_the_clause_it_reports_is_the_side_hit(gazetteer):
    text = ("Azerbaijan's Defence Ministry accused Armenian units of firing at its positions near Kalbajar.\n\n"
            "On 3 May, the Defence Ministry reported, Azerbaijani troops killed an Armenian soldier near Tegh.")
    assert claimant_of("Tegh", text, gazetteer, "2022-05-10") == "Armenian MoD"


def test_a_ministry_s_account_told_as_is_that_is_the_side_hit(gazetteer):
    text = ("Q: The Defence Ministry's account is that on 3 May Azerbaijani units fired at Armenian positions near "
            "Tegh. What else did it say?")
    assert claimant_of("Tegh", text, gazetteer, "2022-05-10") == "Armenian MoD"


def test_answered_that_is_a_speaker_s_verb(gazetteer):
    text = ("Azerbaijan's Defence Ministry answered that Armenian troops had fired at its positions near Alibeyli in "
            "the Tovuz district and wounded a soldier.")
    assert claimant_of("Alibeyli", text, gazetteer, "2022-05-10") == "Azerbaijani MoD"


def test_the_human_rights_defender_is_not_the_other_side_s_ombudsman(gazetteer):
    text = ("Armenia's Defence Ministry said Azerbaijani units had fired at houses in Goris.\n\n"
            "Azerbaijan's Defence Ministry said Armenian units had fired at its positions near Tovuz.\n\n"
            "In May the then Human Rights Defender said soldiers were setting fire to fields around Tegh.")
    assert claimant_of("Tegh", text, gazetteer, "2022-05-10") == "Armenian Human Rights Defender"


def test_a_title_with_its_brief_before_a_name_is_the_name(gazetteer):
    text = ("The Bavra crossing was opened on Friday for a convoy of six lorries, according to Georgia's special "
            "envoy for the border talks, Levan Beridze.")
    assert claimant_of("Bavra", text, gazetteer, "2022-05-10") == "Levan Beridze"


def test_a_speaker_past_a_semicolon_does_not_take_the_clause_before(gazetteer):
    text = ("That morning a sniper killed a sergeant near Tegh, the Defence Ministry in Yerevan reported.\n\n"
            "Earlier that day, the ministry said, Azerbaijani troops had tried to advance near Jermuk and had lost a "
            "man; Baku denied losing anyone there.")
    assert claimant_of("Jermuk", text, gazetteer, "2022-05-10") == "Armenian MoD"


def test_a_transcript_turn_labelled_by_title_and_full_name_is_that_person_s(gazetteer):
    text = ("PARLIAMENT - QUESTION TIME (record)\n\n"
            "MP ANNA GRIGORYAN: Thank you. My question is about the south. Goris was shelled for two nights last "
            "week.\n\n"
            "DEPUTY MINISTER ARAM SARGSYAN: I thank the deputy. On 2 May the government sent a team of engineers to "
            "Kapan for three days.")
    assert claimant_of("Goris", text, gazetteer, "2022-05-10") == "Anna Grigoryan"
    assert claimant_of("Kapan", text, gazetteer, "2022-05-10") == "Aram Sargsyan"
