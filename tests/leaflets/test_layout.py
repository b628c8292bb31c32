"""
The order a leaflet's blocks are read in, from their boxes alone: down each column, then the
next, a block across the columns closing the columns above it. No Tesseract here.
"""

from leaflets.layout import Block, line_pieces, reading_order


def block(name, left, top, right, bottom):
    return Block(left, top, right, bottom, items=[name])


def names(blocks):
    return [b.items[0] for b in blocks]


def test_two_columns_are_read_one_after_the_other_whatever_tesseract_numbered():
    across = [  # as Tesseract may number them: along each band of the page
        block("left 1", 80, 200, 580, 400),
        block("right 1", 650, 200, 1160, 380),
        block("left 2", 80, 430, 560, 600),
        block("right 2", 650, 410, 1150, 640),
    ]
    assert names(reading_order(across)) == ["left 1", "left 2", "right 1", "right 2"]


def test_the_header_and_the_foot_across_the_columns_come_first_and_last():
    page = [
        block("foot", 80, 1000, 1160, 1040),
        block("right 1", 650, 200, 1160, 500),
        block("right 2", 650, 520, 1160, 900),
        block("header", 300, 60, 900, 140),
        block("left 2", 80, 600, 580, 950),
        block("left 1", 80, 200, 580, 560),
    ]
    assert names(reading_order(page)) == [
        "header",
        "left 1",
        "left 2",
        "right 1",
        "right 2",
        "foot",
    ]


def test_a_word_cut_in_two_does_not_make_its_column_s_lines_span_columns():
    page = [
        block("Débat avec Alice Diop", 631, 100, 1000, 130),
        block("Er", 632, 140, 660, 170),
        block("résence de Sylvie Lindeperg", 700, 140, 1010, 170),
        block("Mer. 18h", 631, 180, 760, 210),
        block("Xala", 80, 100, 200, 130),
        block("un film de Ousmane Sembène", 80, 140, 500, 170),
    ]
    assert names(reading_order(page)) == [
        "Xala",
        "un film de Ousmane Sembène",
        "Débat avec Alice Diop",
        "Er",
        "résence de Sylvie Lindeperg",
        "Mer. 18h",
    ]


def test_a_heading_across_the_columns_closes_those_above_it():
    page = [
        block("march left", 80, 100, 580, 400),
        block("march right", 650, 100, 1160, 400),
        block("APRIL", 400, 450, 800, 500),
        block("april left", 80, 550, 580, 900),
        block("april right", 650, 550, 1160, 900),
    ]
    assert names(reading_order(page)) == [
        "march left",
        "march right",
        "APRIL",
        "april left",
        "april right",
    ]


def test_a_heading_over_the_first_column_only_is_read_with_it():
    page = [
        block("right", 650, 200, 1160, 800),
        block("MARS 1995", 80, 100, 330, 140),
        block("left", 80, 200, 580, 800),
    ]
    assert names(reading_order(page)) == ["MARS 1995", "left", "right"]


def test_one_column_is_read_top_to_bottom():
    page = [
        block("third", 110, 500, 900, 560),
        block("first", 110, 90, 700, 140),
        block("second", 110, 200, 1000, 450),
    ]
    assert names(reading_order(page)) == ["first", "second", "third"]


def test_a_line_cut_in_two_blocks_is_read_left_then_right_before_the_lines_below():
    page = [
        block("20h30", 500, 100, 620, 140),
        block("Mardi 14 mars", 110, 100, 400, 140),
        block("Attica", 110, 160, 700, 200),
    ]
    assert names(reading_order(page)) == ["Mardi 14 mars", "20h30", "Attica"]


def test_a_line_run_across_two_columns_is_cut_at_the_gutter():
    words = [  # [text, left, top, width, height, confidence]
        ["Mardi", 80, 200, 90, 28, 96],
        ["2", 180, 200, 15, 28, 96],
        ["janvier", 205, 200, 110, 28, 96],
        ["Mardi", 631, 201, 90, 28, 95],
        ["9", 731, 201, 15, 28, 95],
    ]
    pieces = line_pieces(words)
    assert [[word[0] for word in piece] for piece in pieces] == [
        ["Mardi", "2", "janvier"],
        ["Mardi", "9"],
    ]
    assert (Block.around(pieces[1]).left, Block.around(pieces[1]).right) == (631, 746)


def test_lines_of_three_columns_tesseract_ran_together_are_read_column_by_column():
    lines = [
        [["Mardi", 80, 200, 90, 28, 96], ["Mardi", 631, 200, 90, 28, 96]],
        [["Xala", 80, 240, 70, 30, 96], ["Wanda", 631, 240, 100, 30, 96]],
    ]
    pieces = [Block.around(piece) for words in lines for piece in line_pieces(words)]
    assert [[w[0] for w in b.items] for b in reading_order(pieces)] == [
        ["Mardi"],
        ["Xala"],
        ["Mardi"],
        ["Wanda"],
    ]
