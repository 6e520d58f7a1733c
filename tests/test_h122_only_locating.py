"""Names that only say where someone or something is: no event there."""
import datetime as dt

from geo.extract import extract_text


def _places(text):
    return {name for e in extract_text(text, dt.date(2015, 9, 26)) for name in e["place_name"].split(";")}


def test_villages_of_a_province_with_one_named_among_them_is_the_province():
    text = "Late on Sunday troops fired on the border villages of Tavush, Chinari among them, for two hours."
    places = _places(text)
    assert "Chinari" in places and "Tavush (village)" not in places


def test_villages_of_a_list_with_the_province_name_in_it_is_the_village():
    # negative case: a list of villages, the last one the village of the province's name
    text = "Late on Sunday troops fired on the villages of Chinari, Aygepar and Tavush."
    assert "Tavush (village)" in _places(text)


def test_plural_noun_opening_a_notice_rule_with_no_verb_is_no_village():
    assert _places("Dogs on short leads at all times; no feeding of the ducks.") == set()


def test_plural_noun_opening_a_sentence_before_a_place_keeps_the_place():
    # negative case: the place named after the noun stays
    assert "Berdavan" in _places("Dogs on the streets of Berdavan were killed by the shelling.")


def test_a_speaker_who_heads_a_village_speaking_of_calm_names_no_event():
    text = "Gagik Sargsyan, who heads Koti, told the agency that the shooting ended at midnight."
    assert "Koti" not in _places(text)


def test_a_speaker_who_heads_a_village_telling_of_damage_there_keeps_it():
    # negative case: what the head tells happened in the village
    text = "Gagik Sargsyan, who heads Koti, said shells had damaged two houses in the village."
    assert "Koti" in _places(text)


def test_a_capital_opening_the_sentence_before_its_lower_case_ministry_speaking_is_its_seat():
    text = ("In Baku the defence ministry's spokesman, Vagif Dargahli, told reporters on Friday that the Armenian "
            "side had broken the ceasefire.")
    assert "Baku" not in _places(text)


def test_a_capital_opening_the_sentence_before_a_ministry_building_hit_stays():
    # negative case: the building is the scene, no one speaks
    assert "Baku" in _places("In Baku the foreign ministry building was damaged by a blast.")


def test_a_person_staying_with_kin_in_a_town_is_only_where_she_is():
    text = "Her neighbour wrote back that the old woman was unhurt and staying with her son in Ijevan."
    assert "Ijevan" not in _places(text)


def test_a_person_staying_with_kin_in_a_town_hit_by_a_shell_keeps_it():
    # negative case: something happened there
    text = "The old woman was staying with her son in Ijevan when a shell hit the house."
    assert "Ijevan" in _places(text)


def test_a_family_living_with_kin_in_a_town_after_losing_its_home_keeps_the_town():
    # negative case: where the family found room is annotated as news
    text = "My aunt lives with my cousin in Ijevan because her own house is gone."
    assert "Ijevan" in _places(text)


def test_a_teacher_who_comes_from_a_town_names_her_home():
    text = "Our tutor, Leyla Aliyeva, comes from Gazakh, and her brothers still farm near the border."
    assert "Gazakh" not in _places(text)


def test_fire_said_to_come_from_a_village_is_no_home():
    # negative case: not a person's home
    text = "According to the ministry, the fire comes from Koti every night."
    assert "Koti" in _places(text)


def test_a_price_list_line_with_several_prices_names_where_goods_come_from():
    text = "Dried thyme from Goris, 700 drams; cinnamon, 800 drams; saffron, 5,000 drams."
    assert "Goris" not in _places(text)


def test_a_line_with_prices_and_a_closure_keeps_the_town():
    # negative case: the prices rose because something happened
    text = "Bread in Goris went from 300 drams to 450 drams after the road was closed."
    assert "Goris" in _places(text)


def test_growers_of_an_area_bringing_their_produce_name_where_it_comes_from():
    text = "Every autumn the growers of the Noyemberyan area sell their pears in our hall."
    assert "Noyemberyan" not in _places(text)


def test_growers_of_a_village_wounded_by_fire_keep_the_village():
    # negative case: harm done there
    assert "Berdavan" in _places("Growers in Berdavan were wounded by shelling on Sunday.")
