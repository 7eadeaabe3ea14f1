"""Sentence splitting keeps offsets; letterheads and site footers are not speech."""

from __future__ import annotations

from graph import sentences


def test_offsets_point_into_the_text_and_abbreviations_do_not_split():
    text = "Mr. Chair,\n\nThe U.S. delegation spoke. We agree with\nit! Do we? No.\n"
    parts = sentences.split(text)
    assert [s.text for s in parts] == [
        "Mr. Chair,",
        "The U.S. delegation spoke.",
        "We agree with\nit!",
        "Do we?",
        "No.",
    ]
    assert all(text[s.start : s.end] == s.text for s in parts)


def test_footer_with_phone_numbers_and_spam_notice_is_boilerplate():
    speech = "We call for cooperation against crime. " * 20
    text = (
        speech
        + "\n\nThank you.\n\nEmbassy phone line\n(12-34) 5678-9012;\nMain Road, Springfield,\n"
        "This email address is being protected from spambots.\n"
    )
    parts = sentences.split(text)
    footer = [s for s in parts if s.boilerplate]
    assert any("spambots" in s.text for s in footer)
    assert any("5678-9012" in s.text for s in footer)
    assert not any(s.boilerplate for s in parts if "cooperation" in s.text)


def test_cyrillic_letterhead_is_not_speech():
    parts = sentences.split("Постоянное представительство\n\nWe support the draft.")
    assert [s.boilerplate for s in parts] == [True, False]


def test_bulleted_lines_are_sentences_without_their_bullets():
    from graph import sentences

    text = "Our comments:\n- We support the text. More follows\n- We oppose the scope\n• Last one."
    got = [s.text for s in sentences.split(text)]
    assert got == [
        "Our comments:",
        "We support the text.",
        "More follows",
        "We oppose the scope",
        "Last one.",
    ]


def test_a_numeral_after_chapter_ends_a_sentence_an_initial_does_not():
    text = "We accept safeguards in Chapter I. We are, however, concerned. Ms. A. Person agreed."
    assert [s.text for s in sentences.split(text)] == [
        "We accept safeguards in Chapter I.",
        "We are, however, concerned.",
        "Ms. A. Person agreed.",
    ]


def test_a_footnote_marker_after_the_full_stop_ends_the_sentence():
    text = "We recall resolution 75/282.[5] Decisions need consensus.[6]\n"
    parts = sentences.split(text)
    assert [s.text for s in parts] == [
        "We recall resolution 75/282.[5]",
        "Decisions need consensus.[6]",
    ]
    assert not any(s.heading for s in parts)


def test_a_hard_wrapped_line_that_begins_like_a_footer_word_does_not_end_the_speech():
    # Lines of a speech printed in narrow columns start with any word; read as a
    # footer ("Address", "Share", a list of place names), they would drop the rest.
    speech = "We call for cooperation against crime and\nterrorism in all its forms. " * 12
    text = (
        speech
        + "\nWe must\naddress the root causes together and\nshare.\n"
        + "famine, drought, landmines, illiteracy,\n"
        + "paras. 110-113 of the report.\n"
        + "Japan, Germany, France, Brazil, India\n"
        + "and the rest of us stand with Mozambique.\n"
    )
    parts = sentences.split(text)
    assert not any(s.boilerplate for s in parts)


def test_contact_lines_and_page_marks_of_a_record_are_not_speech():
    speech = "We call for cooperation against crime. " * 20
    text = (
        speech
        + "\n15-29568 31/33\n\f\nA/70/PV.20 30/09/2015\nWe welcome resolution 69/318.\n"
        + "\nTel: +1 212 555 0100\nAddress: 866 United Nations Plaza\n"
    )
    spans = sentences.boilerplate_spans(text)
    marked = [text[a:b].strip() for a, b in spans]
    # The contact lines end the speech: a site's footer, all of it.
    assert marked == ["15-29568 31/33", "Tel: +1 212 555 0100\nAddress: 866 United Nations Plaza"]
    # A record's running head does not end the speech the way a site's footer does.
    kept = [s.text for s in sentences.split(text) if not s.boilerplate]
    assert any("resolution 69/318" in t for t in kept)


def test_an_abbreviation_inside_brackets_does_not_end_the_sentence():
    text = "We passed the Computer Misuse (Offences, Penalties, etc.) Act in 2019, and it works."
    assert [s.text for s in sentences.split(text)] == [text]


def test_prose_cut_off_by_a_page_break_is_one_sentence_again():
    text = (
        "For us, the safeguards are essential, and they must be applied in good faith by\n"
        "every State Party, including in the execution of\n\n"
        "Page 1 of 2\n\n"
        "requests for cooperation.\n"
    )
    first = sentences.split(text)[0]
    assert first.text.startswith("For us") and first.text.endswith("requests for cooperation.")
    assert "Page 1 of 2" in first.text  # the offsets stay those of the text
    assert not first.heading


def test_a_long_run_of_words_stopping_on_a_lower_case_word_at_a_page_break_is_no_title():
    text = (
        "Our country supports the elaboration of a new convention because only a universal\n"
        "instrument can bring\n\n"
        "                 1\n"
        "------------------------\n\n"
        "every State into one framework.\n\n"
        "Chapter Three on International Cooperation\n\n"
        "We welcome it.\n"
    )
    parts = sentences.split(text)
    assert parts[0].text.endswith("every State into one framework.") and not parts[0].heading
    assert any(s.text == "Chapter Three on International Cooperation" and s.heading for s in parts)


def test_a_page_break_after_a_title_or_a_full_stop_joins_nothing():
    text = (
        "We support the convention and call on all States to sign it.\n\n- 2 -\n\n"
        "and that is all we have to say on this point.\n\n"
        "Chapter on preventive measures\n\nthe text is silent on this.\n"
    )
    parts = [s.text for s in sentences.split(text)]
    assert parts[0] == "We support the convention and call on all States to sign it."
    assert "Chapter on preventive measures" in parts


def test_a_sentence_cut_by_a_page_number_keeps_its_cue_and_its_topic():
    text = (
        "Statement by Ruritania\n\nOn cybercrime, the delegation looks forward to the\n\n"
        "- 3 -\n\nsuccessful conclusion of a universal convention against cybercrime.\n"
    )
    joined = [s for s in sentences.split(text) if "looks forward" in s.text]
    assert joined and joined[0].text.endswith("convention against cybercrime.")
    assert text[joined[0].start : joined[0].end] == joined[0].text


def test_a_running_head_with_the_page_number_between_two_halves_of_a_sentence():
    text = (
        "Our experience with these instruments, which, contrary to what some claim, has\n\n"
        "                    Page 2 of 4\n\x0cStatement by Ruritania - sixth session of the "
        "Committee\n\nbeen entirely positive for our prosecutors.\n"
    )
    parts = sentences.split(text)
    assert parts[0].text.startswith("Our experience")
    assert parts[0].text.endswith("positive for our prosecutors.")


def test_no_before_a_number_is_an_abbreviation_but_an_answer_no_ends_a_sentence():
    text = "Address: No. 1 Vienna Street. A: No. That would be a mistake. See Nos. 3 and 4."
    assert [s.text for s in sentences.split(text)] == [
        "Address: No. 1 Vienna Street.",
        "A: No.",
        "That would be a mistake.",
        "See Nos. 3 and 4.",
    ]
