"""Border villages of Armenia and Azerbaijan and the region's named features (lakes, reservoirs, passes,
peaks, monasteries): each side's spelling lands on the coordinates its source gives, and a feature never
takes the name of the village beside it."""

import pytest

from geo.errors import AmbiguousPlace, PlaceNotFound
from geo.gazetteer import distance_km

# (query, sourced latitude, longitude): the coordinates read in the row's source, not the index's answer
SOURCED = [
    ("Nerkin Shorzha", 40.11000, 45.75278), ("Aşağı Şorca", 40.11000, 45.75278),
    ("Berkaber", 41.05000, 45.13333), ("Coğaz", 41.05000, 45.13333), ("Joghaz", 41.05000, 45.13333),
    ("Qızılcıq", 39.55000, 46.03333), ("Ishkhanasar village", 39.55000, 46.03333),
    ("Aknaghbyur", 40.95833, 45.15639),
    ("Kechut reservoir", 39.79833, 45.65611), ("Кечутское водохранилище", 39.79833, 45.65611),
    ("Spandaryan reservoir", 39.67139, 45.81333),
    ("Selim Pass", 39.95194, 45.23333), ("Vardenyats pass", 39.95194, 45.23333),
    ("Mount Kaputjugh", 39.15917, 46.00583), ("Qapıcıq dağı", 39.15917, 46.00583),
    ("Lake Parz", 40.75139, 44.96056), ("Պարզ լիճ", 40.75139, 44.96056),
    ("Noravank", 39.68406, 45.23287), ("Tatev Monastery", 39.37937, 46.25003),
    ("Sevanavank", 40.56392, 45.01081), ("Makaravank", 40.97333, 45.12694),
    ("Arakelots Monastery", 41.03388, 45.06600),
    ("Yeghishe Arakyal", 40.33578, 46.69379), ("Müqəddəs Yelisey monastırı", 40.33578, 46.69379),
    ("Handaberd", 40.22342, 46.14575), ("Lex qalası", 40.22342, 46.14575),
    ("Kirants", 41.05028, 45.10139), ("Chinchin", 40.91167, 45.35417), ("Jujevan", 41.13222, 45.01111),
    ("Tavush village", 40.91444, 45.40111),
    ("Kaghnut", 39.27417, 46.50639), ("Maqauz", 39.27417, 46.50639),
    ("Arevis", 39.40500, 45.90111), ("Vorotnavan", 39.48861, 46.14139), ("Gorayk", 39.68278, 45.76139),
    ("Shatvan", 40.18306, 45.82556), ("Nərimanlı", 40.18306, 45.82556),
    ("Lake Alagol", 40.00000, 45.70000), ("Böyük Alagöl", 40.00000, 45.70000), ("Zalxa gölü", 39.86750, 45.85750),
    ("Nürgüt", 39.22500, 45.89833), ("Aşağı Yaycı", 39.62056, 45.08028), ("Ashaghi Yayji", 39.62056, 45.08028),
    ("Zorats Karer", 39.55083, 46.02861), ("Carahunge", 39.55083, 46.02861), ("Зорац Карер", 39.55083, 46.02861),
    ("Shaki Waterfall", 39.55226, 45.99383), ("Шакинский водопад", 39.55226, 45.99383),
    ("Շաքիի ջրվեժ", 39.55226, 45.99383),
    ("Herher", 39.77333, 45.53861), ("Херхер", 39.77333, 45.53861), ("Gerger (Vayots Dzor)", 39.77333, 45.53861),
    ("Margara crossing", 40.02833, 44.17889), ("Alican border crossing", 40.02833, 44.17889),
    ("Kəmərli (Qazax)", 41.20667, 45.08194), ("Kemerli (Gazakh)", 41.20667, 45.08194),
    ("Yuxarı Şorca", 40.08722, 45.83250), ("Yukhari Shorja", 40.08722, 45.83250),
    ("Nerkin Tsaghkavan", 41.02917, 45.12111), ("Tsaghkavan", 41.02917, 45.12111),
    ("Неркин Цахкаван", 41.02917, 45.12111),
    ("Qalakənd (Gədəbəy)", 40.49110, 45.75670), ("Kalakend (Gadabay)", 40.49110, 45.75670),
    ("Kələki", 39.00333, 45.98194), ("Kyalaki", 39.00333, 45.98194),
    ("Unus", 39.01306, 45.98278), ("Biçənək", 39.50278, 45.76917), ("Bichenek", 39.50278, 45.76917),
    ("Nəsirvaz", 39.16778, 45.92306), ("Nasirvaz", 39.16778, 45.92306),
]


@pytest.mark.parametrize("query, lat, lon", SOURCED)
def test_each_side_s_name_lands_on_the_sourced_point(gazetteer, query, lat, lon):
    place = gazetteer.resolve(query).place
    assert place.source == "curated" and "http" in place.ref
    assert distance_km(place.lat, place.lon, lat, lon) <= 2.0


@pytest.mark.parametrize("feature", ["Kechut Reservoir", "Selim Pass", "Noravank", "Tatev Monastery",
                                     "Spandaryan Reservoir", "Mount Kaputjugh", "Lake Parz", "Handaberd",
                                     "Zorats Karer", "Shaki Waterfall", "Margara crossing"])
def test_a_named_feature_is_a_site(gazetteer, feature):
    assert gazetteer.resolve(feature).place.precision == "site"


@pytest.mark.parametrize("query, expected", [
    ("Kechut", "Kechut"),             # the village by Jermuk, not the reservoir named after it
    ("Tatev", "Tatev"),               # the village, not its monastery
    ("Gosh", "Gosh"),                 # the village of Goshavank
    ("Tavush", "Tavush Province"),    # the bare name is the province; the Berd village only as 'Tavush village'
    ("Karahunj", "Karahunj"),         # the Goris village, not the Zorats Karer stones also called Karahunj
    ("Shak'i", "Shaki"),              # the Sisian village, not its waterfall (bare "Shaki" is the city of Şəki)
    ("Margara", "Margara"),           # the Armavir village, not the border crossing beside it
    ("Verin Tsaghkavan", "Verin Tsaghkavan"),  # the Berd village keeps its own name; bare Tsaghkavan is the Ijevan one
])
def test_a_feature_does_not_take_the_name_of_the_village_beside_it(gazetteer, query, expected):
    place = gazetteer.resolve(query).place
    assert place.name == expected and place.precision in ("town", "region")


def _answer(gazetteer, query):
    try:
        return gazetteer.resolve(query).place.name
    except PlaceNotFound:
        return None


def test_a_name_shared_by_a_village_and_a_mountain_is_not_given_to_the_village(gazetteer):
    # Ishkhanasar of the clash reports is the height on the Syunik border; the Sisian village of that name
    # (Qızılcıq until 2006) answers only when called a village
    assert _answer(gazetteer, "Ishkhanasar") != "Ishkhanasar (village)"
    assert gazetteer.resolve("Ishkhanasar village").place.name == "Ishkhanasar (village)"


@pytest.mark.parametrize("query, expected, country", [
    ("Ərəfsə", "Arafsa", "AZ"),       # the Julfa village, not the old name of Arevis in Sisian
    ("Urut", "Urut", "AM"),           # the Lori village, not the old name of Vorotnavan
    ("Gerger, Lori", "Gargar", "AM"),  # the old name of the Lori town and of Herher (Vayots Dzor): bare, it is asked
    ("Gerger (Vayots Dzor)", "Herher", "AM"),
])
def test_an_old_name_shared_with_a_known_place_stays_with_that_place(gazetteer, query, expected, country):
    place = gazetteer.resolve(query).place
    assert (place.name, place.country) == (expected, country)


@pytest.mark.parametrize("query, town, village", [
    ("Kemerli", "Artashat", "Kəmərli (Qazax)"),      # a spelling of Qəmərli (Kamarlu), Artashat until 1945
    ("Kalakend", "Berd", "Qalakənd (Gədəbəy)"),      # a spelling of Ghalakyand, Berd's old name
    ("Shelli", "Vahagni", "Ukhtasar"),               # Şelli of Aghdam, and an old name of a Lori village
])
def test_a_village_s_own_name_read_as_a_spelling_of_a_far_town_s_old_name_is_asked(gazetteer, query, town, village):
    # the border villages bear the name today and are what the shelling reports mean ("Kemerli and Gaymagli
    # villages of Gazakh region", the Azerbaijani MoD, Report.az 2017-07-24); the towns bore it before the
    # Soviet renamings: a bare name asks, the report's other places choose
    with pytest.raises(AmbiguousPlace) as asked:
        gazetteer.resolve(query)
    assert town in str(asked.value) and village in str(asked.value)
    village_point = next(p for p in gazetteer.places if p.name == village)
    assert gazetteer.resolve(query, near=(village_point.lat + 0.1, village_point.lon)).place.name == village


def test_getashen_is_asked_between_the_armavir_village_and_chaykend_never_kirants(gazetteer):
    # Getashen of Armavir, and Getashen (Chaykend) of Goygol, deported in 1991: both villages far apart bear the
    # name; Kirants bore it only until 1967
    with pytest.raises(AmbiguousPlace) as asked:
        gazetteer.resolve("Getashen")
    assert "Goygol" in str(asked.value) and "Armavir" in str(asked.value) and "Kirants" not in str(asked.value)
    place = gazetteer.resolve("Getashen, Armavir").place
    assert (place.name, place.country) == ("Getashen", "AM")


def test_an_old_name_of_two_villages_of_like_size_far_apart_is_the_one_on_the_border(gazetteer):
    # Gerger: Gargar (Lori, GeoNames 616675, 1,414 people) and Herher (Vayots Dzor, 174908, 589): 161 km apart;
    # Vayots Dzor borders Nakhchivan, Lori does not border Azerbaijan
    match = gazetteer.resolve("Gerger")
    assert match.place.name == "Herher"
    assert [s.split(" (")[0] for s in match.alternatives] == ["Gargar"]


@pytest.mark.parametrize("query, qualified", [("Chapni", "Chapni (Kapan)"), ("Vorotan", "Vorotnavan")])
def test_a_name_of_two_villages_is_not_given_to_the_qualified_one(gazetteer, query, qualified):
    # Chapni by Kapan and Chapni of Kalbajar; Vorotan of Goris and the Sisian one now called Vorotnavan
    assert _answer(gazetteer, query) != qualified
