"""Roads and crossings named by two places: a road named by its towns is one route through them, and a border
crossing named by its two banks, with "road" as its mode word, is the crossing at both sides, not a road."""

import pytest

from tests.helpers import place_layer_pairs

PUBLISHED = "2024-06-01"


@pytest.mark.parametrize("text, expected", [
    ("Traffic on the Goris–Kapan highway resumed on Monday after a landslide.", {("Goris;Kapan", "corridors")}),
    ("Repairs on the Ijevan-Noyemberyan road were finished on Friday.", {("Ijevan;Noyemberyan", "corridors")}),
    ("The Goris/Kapan road was closed on Tuesday because of fog.", {("Goris;Kapan", "corridors")}),
    ("The road from Vardenis to Kalbajar was closed on Wednesday because of snow.",
     {("Vardenis;Kalbajar", "corridors")}),
    ("The Sisian–Goris–Kapan road reopened on Monday.", {("Sisian;Goris;Kapan", "corridors")}),
    ("The Yeraskh–Julfa–Meghri railway is to be rebuilt, officials said on Monday.",
     {("Yeraskh;Julfa;Meghri", "corridors")}),
    ("Azerbaijan plans to reopen the Gazakh–Ijevan road, officials said on Monday.",
     {("Gazakh;Ijevan", "corridors")}),
    ("The Ordubad–Julfa railway was inspected on Tuesday.", {("Ordubad;Julfa", "corridors")}),
    ("The Tbilisi–Baku railway was closed on Monday after floods.", {("Tbilisi;Baku", "corridors")}),
    ("Lorries crossed the Bagratashen–Sadakhlo border crossing on Tuesday.",
     {("Bagratashen", "checkpoints"), ("Sadakhlo", "checkpoints")}),
    ("Engineers toured the Sadakhlo–Bagratashen road border crossing on Monday.",
     {("Sadakhlo", "checkpoints"), ("Bagratashen", "checkpoints")}),
    ("Customs staff were sent to the Bagratashen–Sadakhlo road border checkpoint on Thursday.",
     {("Bagratashen", "checkpoints"), ("Sadakhlo", "checkpoints")}),
    ("Trains crossed the Akhurik–Akyaka rail crossing for the first time on Tuesday.",
     {("Akhurik", "checkpoints"), ("Akyaka", "checkpoints")}),
    ("The Agarak-Nurduz crossing was closed on Tuesday.", {("Agarak", "checkpoints"), ("Norduz", "checkpoints")}),
    ("A mine exploded on the road between Tartar and Aghdam on Sunday.",
     {("Tartar", "shelling"), ("Aghdam", "shelling")}),
    ("A drone struck a lorry between Kapan and Meghri on Wednesday.", {("Kapan", "shelling"), ("Meghri", "shelling")}),
    ("Snow closed the road between Vardenis and Martakert on Tuesday.", {("Vardenis;Martakert", "corridors")}),
])
def test_roads_and_crossings_named_by_two_places(text, expected, gazetteer):
    assert place_layer_pairs(text, gazetteer, PUBLISHED) == expected
