"""Places in an article's frame rather than its news are no events: photo captions and credits, the writer's bio
line, "Read more:" / "Related:" / "See also" lines and link boxes, a correspondent's whereabouts, the outlet's address
or masthead, a correction note, and a wire dateline's town when the story is elsewhere. A dateline town where the news
happened is still an event, through its sentence. Each article is run through the same reading as the bench (plain text
and HTML alike)."""

import datetime as dt

import pytest

from geo.article import article_text
from geo.extract import extract_text

PUBLISHED = dt.date(2024, 5, 14)


def places(raw, gazetteer):
    text = article_text(raw)
    return {name for c in extract_text(text, PUBLISHED, gazetteer) for name in c["place_name"].split(";")}


@pytest.mark.parametrize("raw, events, not_events", [
    ("Shells hit Tartar overnight\n\nShells hit houses in Tartar overnight, the district's police said on Monday.\n\nPhoto: a market in Ganja (file)\n\nRepairs to the school in Tartar began on Tuesday.",
     {'Tartar'}, {'Ganja'}),
    ('Drones over Berd\n\nDrones flew over Berd on Sunday night, villagers said.\n\nThe writer is a journalist based in Tbilisi.',
     {'Berd'}, {'Tbilisi'}),
    ('Road reopened near Goris\n\nThe road between Goris and Kapan reopened on Friday after a landslide.\n\nRead more: Protest in Gyumri over bus fares\n\nRelated: New hospital opens in Sisian',
     {'Kapan', 'Goris'}, {'Sisian', 'Gyumri'}),
    ('Shelling reported in Tovuz\n\nMortar fire damaged two houses in Tovuz on Wednesday, the ministry said, reporting from Yerevan our correspondent added that Armenia denied it.\n\nSee also: Elections in Shamkir',
     {'Tovuz'}, {'Shamkir'}),
    ('Border post rebuilt\n\nSoldiers rebuilt the post near Ijevan on Thursday.\n\nKarabakh Herald. Published in Baku since 1995.',
     {'Ijevan'}, {'Baku'}),
    ('Fire near Sisian\n\nA forest fire burned near Sisian on Tuesday.\n\nCorrection: an earlier version of this article said the fire was near Jermuk.',
     {'Sisian'}, {'Jermuk'}),
    ('BAKU, May 3 (Reuters) - Artillery shelled villages in Tartar district on Monday, the ministry said.',
     {'Tartar District'}, {'Baku'}),
    ('STEPANAKERT, May 10 - Shells fell on Stepanakert overnight, damaging a school.',
     {'Stepanakert'}, set()),
    ('Mines cleared near Lachin\n\nSappers cleared mines along the road near Lachin on Saturday.\n\nBy Anna Petrosyan in Yerevan',
     {'Lachin'}, {'Yerevan'}),
    ('Gunfire at Tegh\n\nGunfire was heard in Tegh on Monday evening.\n\nPhoto credit: Hayk Mkrtchyan / Vanadzor',
     {'Tegh'}, {'Vanadzor'}),
    ('Shelling in Martuni\n\nShells hit Martuni on Tuesday, local officials said.\n\nOur correspondent reports from Goris.',
     {'Khojavend'}, {'Goris'}),
    ('Clashes near Kalbajar\n\nSoldiers clashed near Kalbajar on Friday, the ministry said.\n\nContact the newsroom: 12 Nizami Street, Ganja, Azerbaijan.',
     {'Kalbajar'}, {'Ganja'}),
    ("<html><head><title>Drone strike in Kapan</title></head><body><h1>Drone strike in Kapan</h1><p>A drone struck a warehouse in Kapan on Monday, officials said.</p><figure><img src='x.jpg'><figcaption>A street in Gyumri (archive photo)</figcaption></figure><p>No one was hurt.</p><div class='related'><h3>Read more</h3><ul><li><a href='/a'>Floods in Dilijan</a></li><li><a href='/b'>Concert in Vanadzor</a></li></ul></div></body></html>",
     {'Kapan'}, {'Dilijan', 'Vanadzor', 'Gyumri'}),
    ("<html><body><h1>Fire on the border</h1><p class='byline'>By Leyla Aliyeva, Sumgayit</p><p>Shots were fired at the post near Gadabay on Sunday, the ministry said.</p><p class='bio'>The author is a freelance reporter based in Lankaran.</p></body></html>",
     {'Gadabay'}, {'Lankaran', 'Sumgayit'}),
    ("<html><body><h1>Bridge repaired</h1><p>Workers repaired the bridge at Meghri on Wednesday.</p><p><em>Photo: the old station in Yeraskh (file).</em></p><p>See also: <a href='/c'>Water shortages in Armavir</a></p><footer>Editorial office: Abovyan Street 5, Yerevan</footer></body></html>",
     {'Meghri'}, {'Yeraskh', 'Armavir', 'Yerevan'}),
    ("<html><body><h1>Drone strike in Kapan</h1><p>A drone struck a warehouse in Kapan on Monday.</p>"
     "<p>No one was hurt.</p><div class='related'><h3>Read more</h3><ul><li><a href='/a'>Shells hit Dilijan school</a>"
     "</li><li><a href='/b'>Drone downed over Vanadzor</a></li></ul></div></body></html>", {"Kapan"},
     {"Dilijan", "Vanadzor"}),
    # the frame's words beside news stay news
    ("Shelling in Goris\n\nPublished reports said shells hit Goris on Friday.", {"Goris"}, set()),
    ("Sappers in Jabrayil\n\nBy Monday sappers in Jabrayil had cleared the road.", {"Jabrayil"}, set()),
    ("Tegh reports\n\nThe writer was in Tegh when the shells fell on Tuesday.", {"Tegh"}, set()),
    ("Our correspondent reports that shells hit Kapan on Sunday.", {"Kapan"}, set()),
])
def test_frame_places_are_no_events(raw, events, not_events, gazetteer):
    found = places(raw, gazetteer)
    assert events <= found
    assert not (not_events & found)
