"""
The order in which a page's lines of text are read. Tesseract's page segmentation finds blocks
and lines, but may number them across the columns, put lines of two columns in one block, or
even run the lines of columns side by side into one line; a leaflet is read down its first
column, then the next. So each line Tesseract read is first cut where a gap as wide as a column
gutter parts its words, and the pieces, as blocks, are put in order: blocks that share some of
the page's width form a column, read top to bottom, columns left to right; a block that lies
over two blocks side by side (a heading or an address across the columns) closes the columns
above it, and those below it start afresh. This works from the word boxes alone, so it is
tested without Tesseract.
"""

from dataclasses import dataclass, field

# A gap between two words wider than this many times the line's height parts two columns.
COLUMN_GAP = 1.5
# A column has at least this many lines.
COLUMN_LINES = 2


@dataclass
class Block:
    """A block's box, in the picture's pixels, and what it holds (its words, or lines)."""

    left: int
    top: int
    right: int
    bottom: int
    items: list = field(default_factory=list)

    @property
    def middle(self):
        return (self.top + self.bottom) / 2

    @classmethod
    def around(cls, words):
        """The block of words [text, left, top, width, height, …], holding them."""
        return cls(
            min(word[1] for word in words),
            min(word[2] for word in words),
            max(word[1] + word[3] for word in words),
            max(word[2] + word[4] for word in words),
            items=words,
        )


def line_pieces(words):
    """A line's words, left to right, cut where a gap wider than a column gutter parts them."""
    height = max(word[4] for word in words)
    pieces = [[words[0]]]
    for previous, word in zip(words, words[1:], strict=False):
        if word[1] - (previous[1] + previous[3]) > COLUMN_GAP * height:
            pieces.append([])
        pieces[-1].append(word)
    return pieces


def side_by_side(a, b):
    """Whether two blocks share no stretch of the page's width (one is left of the other)."""
    return min(a.right, b.right) <= max(a.left, b.left)


def spans_columns(block, blocks):
    """
    Whether `block` lies over two columns: at least two blocks left of some point of its width
    and two right of it, all under it. One block on each side is not enough: a word Tesseract
    cut in two would make every line of its column seem to span it.
    """
    under = [other for other in blocks if other is not block and not side_by_side(block, other)]
    return any(
        sum(other.right <= edge for other in under) >= COLUMN_LINES
        and sum(other.left >= edge for other in under) >= COLUMN_LINES
        for edge in {other.right for other in under}
    )


def columns(blocks):
    """The blocks grouped into columns (those that share some width), left to right."""
    groups = []
    right = None
    for block in sorted(blocks, key=lambda b: (b.left, b.top)):
        if groups and block.left < right:
            groups[-1].append(block)
            right = max(right, block.right)
        else:
            groups.append([block])
            right = block.right
    return [sorted(group, key=lambda b: (b.top, b.left)) for group in groups]


def reading_order(blocks):
    """The blocks as a reader takes them: column by column, between blocks across columns."""
    across = sorted((b for b in blocks if spans_columns(b, blocks)), key=lambda b: b.top)
    crossing = {id(block) for block in across}
    bands = [[] for _ in range(len(across) + 1)]
    for block in blocks:
        if id(block) not in crossing:
            bands[sum(1 for above in across if above.top < block.middle)].append(block)
    ordered = []
    for index, band in enumerate(bands):
        for column in columns(band):
            ordered += column
        if index < len(across):
            ordered.append(across[index])
    return ordered
