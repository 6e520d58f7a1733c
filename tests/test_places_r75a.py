"""Places a sentence names without anything happening there, and two that were lost though something did. A town
opening a newspaper's title ("the New York Times", "the Syunik Herald") is the paper, never a place; a worker "from
the nearby village of X" who speaks is described by the village, as "a friend from X told me" is; the area a place
belongs to, in an aside right after it ("Tegh, a village belonging to Goris"), is its administration; a request the
writer makes of its own public ("We ask members in X to report ...") reports nothing; and a question the answer leaves
open ("Asked whether the railway through X was open, he said he had no information") tells nothing of its places.
On the other side, a diplomat who "left for" a capital abroad for talks went there as one who "flew to" it did, and
"crowds of local people in X" are a gathering in X, not people the town only locates."""

from tests.helpers import rows


def places(text, gazetteer, published="1990-01-08"):
    return {name for c in rows(text, gazetteer, published) for name in c["place_name"].split(";")}


def layer_of(place, text, gazetteer, published="1990-01-08"):
    return next(c["layer"] for c in rows(text, gazetteer, published) if place in c["place_name"].split(";"))


# --- a newspaper's title


def test_a_town_opening_a_papers_title_is_no_place(gazetteer):
    text = "In Tbilisi on Monday the two ministers signed a transit agreement, according to the Los Angeles Times."
    assert places(text, gazetteer) == {"Tbilisi"}
    text = "In Goris on Friday the council agreed to reopen the market, the New York Times reported."
    assert "New York" not in places(text, gazetteer)


def test_talks_in_the_same_town_are_still_kept(gazetteer):
    assert "Tbilisi" in places("The foreign ministers held talks in Tbilisi on Monday.", gazetteer)


# --- a diplomat who left for a capital abroad


def test_a_diplomat_leaving_for_a_capital_for_talks_is_there(gazetteer):
    text = "State radio said the Georgian deputy prime minister left for Ankara on Sunday for talks on trade."
    assert layer_of("Ankara", text, gazetteer) == "other"
    text = "The Iranian envoy departed for Tbilisi on Tuesday to discuss transit with the government."
    assert "Tbilisi" in places(text, gazetteer)


def test_a_family_leaving_for_a_capital_is_no_event(gazetteer):
    assert places("The family left for Ankara on Sunday.", gazetteer) == set()


# --- a speaker described by the village they come from


def test_a_worker_from_the_nearby_village_who_speaks_is_no_place(gazetteer):
    text = "A bakery worker from the nearby village of Kornidzor told us that nobody expected the calm to last."
    assert places(text, gazetteer) == set()
    text = "A nurse from the neighbouring town of Sisian said the night had passed quietly."
    assert places(text, gazetteer) == set()


def test_a_worker_from_a_village_hurt_there_keeps_it(gazetteer):
    text = "A bakery worker from the village of Kornidzor was wounded by shelling on Monday."
    assert layer_of("Kornidzor", text, gazetteer) == "shelling"


# --- the area a place belongs to, in an aside


def test_the_area_a_taken_village_belongs_to_is_no_place(gazetteer):
    text = "Armenian units took Tegh, a small village belonging to Goris that lies near the old road, on Sunday."
    assert "Goris" not in places(text, gazetteer)
    assert "Tegh" in places(text, gazetteer)
    text = "Troops captured Sofulu, a village that belonged to the Sadarak district of Nakhchivan, on Sunday."
    assert places(text, gazetteer) & {"Sadarak District", "Nakhchivan"} == set()


def test_an_aside_that_only_locates_keeps_the_later_event(gazetteer):
    text = "Troops entered Tegh, a village belonging to Goris, and then shelled Kornidzor."
    assert {"Tegh", "Kornidzor"} <= places(text, gazetteer)


# --- the writer's request to its public


def test_a_request_to_members_to_report_posts_is_no_event(gazetteer):
    text = "We ask drivers on the Kapan section to tell the office about any new police posts on the road."
    assert places(text, gazetteer) == set()
    text = "We would urge readers in Goris to send us photographs of the damaged school."
    assert places(text, gazetteer) == set()


def test_posts_set_up_on_the_section_stay_news(gazetteer):
    text = "Soldiers set up new police posts at the stations on the Kapan section."
    assert layer_of("Kapan", text, gazetteer) == "checkpoints"


# --- a question the answer leaves open


def test_places_of_a_question_left_unanswered_are_no_event(gazetteer):
    text = ("Asked by Mr Berg whether the roads and the railway through Ijevan were open, the envoy said he had no "
            "reliable information.")
    assert places(text, gazetteer) == set()
    text = "Asked if Tegh had been shelled overnight, the spokesman said he could not confirm it."
    assert places(text, gazetteer) == set()


def test_a_question_the_answer_settles_keeps_its_place(gazetteer):
    text = "Asked whether the road through Ijevan was open, the minister said it had been reopened on Monday."
    assert "Ijevan" in places(text, gazetteer)


# --- crowds of people in a town


def test_crowds_of_local_people_in_a_town_are_a_gathering_there(gazetteer):
    text = "Since Sunday crowds of local people in Sisian have pulled down the fences round the old barracks."
    assert "Sisian" in places(text, gazetteer)


def test_local_people_in_a_town_alone_only_locate(gazetteer):
    assert places("Local people in Sisian have planted trees.", gazetteer) == set()
