"""
The order in which a page's blocks of text are read. Tesseract's page segmentation finds the
blocks (a column, a paragraph, a heading) but may number them across the columns; a leaflet is
read down its first column, then the next. A block that lies over two blocks side by side (a
heading or an address across the columns) closes the columns above it, and those below it start
afresh. The order is worked out from the blocks' boxes alone, so it is tested without Tesseract.
"""

from dataclasses import dataclass, field
from itertools import combinations


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


def side_by_side(a, b):
    """Whether two blocks share no stretch of the page's width (one is left of the other)."""
    return min(a.right, b.right) <= max(a.left, b.left)


def spans_columns(block, blocks):
    """Whether `block` lies over two blocks that stand side by side."""
    under = [other for other in blocks if other is not block and not side_by_side(block, other)]
    return any(side_by_side(a, b) for a, b in combinations(under, 2))


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
