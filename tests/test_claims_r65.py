"""Claimants: a ministry named without its side, read as the other side's ministry heard paragraphs before, is the
ministry of the side whose land the place is in when it tells of the other side's own troops opening fire there (a
side reports the other's fire on it, not its own, unless as a reply); a sentence that sets a ministry named without
its side against the other side's ministry named with it ("The ministry ...; Baku's Defence Ministry insists ...")
shows whose ministry the writer names bare, as a dateline would, for the rest of the article; and a named person who
drove a road, followed by "He wrote that ...", reported the places of that trip."""

from tests.helpers import claimant_of


def test_bare_ministry_telling_of_the_other_side_s_fire_is_the_fired_on_side_s(gazetteer):
    text = ("Two Armenian sappers were detained near Sotk early on Monday, the Defence Ministry in Yerevan said.\n\n"
            "Azerbaijan's Defence Ministry told a different story: it said the two had crossed the border near "
            "Zod. Yerevan replied with satellite images.\n\n"
            "The ministry said Azerbaijani forces opened fire with machine guns on Armenian positions at Norabak "
            "late on Sunday.")
    assert claimant_of("Norabak", text, gazetteer, "2021-06-15") == "Armenian MoD"


def test_bare_ministry_telling_of_its_own_side_s_reply_stays_that_ministry(gazetteer):
    text = ("Two Armenian sappers were detained near Sotk early on Monday, the Defence Ministry in Yerevan said.\n\n"
            "Azerbaijan's Defence Ministry told a different story: it said the two had crossed the border near "
            "Zod. Yerevan replied with satellite images.\n\n"
            "The ministry said Azerbaijani forces opened fire on Armenian positions at Norabak in response to "
            "sniper fire.")
    assert claimant_of("Norabak", text, gazetteer, "2021-06-15") == "Azerbaijani MoD"


def test_bare_ministry_set_against_the_other_side_s_is_the_writer_s_own_later_on(gazetteer):
    text = ("Deputies met the defence officials behind closed doors on Monday.\n\n"
            "The ministry says the clash was 600 metres inside Armenia, but Baku's Defence Ministry insists it "
            "happened near Zod.\n\n"
            "On Tuesday the ministry said Armenian units were blocking the roads of the troops who had come in near "
            "Norabak.")
    assert claimant_of("Norabak", text, gazetteer, "2021-06-15") == "Armenian MoD"


def test_bare_ministry_after_the_other_side_s_with_no_contrast_stays_that_ministry(gazetteer):
    text = ("Deputies met the defence officials behind closed doors on Monday.\n\n"
            "Baku's Defence Ministry insists the clash happened near Zod.\n\n"
            "On Tuesday the ministry said Armenian units were blocking the roads of the troops near Norabak.")
    assert claimant_of("Norabak", text, gazetteer, "2021-06-15") == "Azerbaijani MoD"


def test_a_deputy_who_drove_a_road_and_wrote_of_it_reported_its_places(gazetteer):
    text = ("Traffic to the south has been slow all month.\n\n"
            "On Sunday the opposition deputy Anna Grigoryan drove the old road through Norabak and Sotk. She wrote "
            "that the stretch beyond the last village had been fenced off by soldiers.")
    assert claimant_of("Sotk", text, gazetteer, "2021-06-15") == "Anna Grigoryan"


def test_a_drive_no_one_reports_after_is_no_claim(gazetteer):
    text = ("Traffic to the south has been slow all month.\n\n"
            "On Sunday the opposition deputy Anna Grigoryan drove the old road through Norabak and Sotk. The "
            "stretch beyond the last village was fenced off last year.")
    assert claimant_of("Sotk", text, gazetteer, "2021-06-15") == ""
