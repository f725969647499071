"""The relationship map: actors as nodes, their relations as labelled edges, drawn at build
time as an inline SVG (no script, nothing loaded from elsewhere).

Two layouts: a force-directed one for the whole map, and a radial one for an actor's
neighbourhood (the actor in the middle, the actors it relates to around it). Both are
deterministic, so the same data always gives the same picture.
"""

from __future__ import annotations

import html
import math
from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from ...records.explainer import Edge
from ...records.model import SYMMETRIC_RELATIONS
from ..i18n import ENGLISH, Language
from ..markup import escape_md

Point = tuple[float, float]

FONT = 15.0
"""Label size in SVG units; the picture is never drawn narrower than its width in pixels
divided by about 1.3 (see explainer.css), so labels stay readable on a phone."""
CHAR = FONT * 0.56  # average advance of a sans-serif character
RADIUS = 7.0
MARGIN = 24.0
LABEL_CHARS = 32
"""Longer names are drawn as their shortest alias, or on two lines (the second cut if need
be); the full name is in the node's title."""
LINE = FONT * 1.2
"""From one line of a label to the next."""


@dataclass(frozen=True)
class Node:
    """An actor as the map draws it."""

    id: str
    name: str
    label: str
    kind: str
    href: str


def short_label(name: str, aliases: list[str]) -> str:
    """The name if it fits on a line, else its shortest alias that does, else the name on
    two lines ("\n" between them) broken where they are most even, the second cut with
    '…' if it is still too long."""
    name = " ".join(name.split())  # a line break typed in a name breaks no label
    if len(name) <= LABEL_CHARS:
        return name
    fitting = sorted((a for a in aliases if len(a) <= LABEL_CHARS), key=len)
    if fitting:
        return fitting[0]
    words = name.split()
    breaks = [
        (" ".join(words[:k]), " ".join(words[k:]))
        for k in range(1, len(words))
        if len(" ".join(words[:k])) <= LABEL_CHARS
    ]
    if not breaks:  # one long word
        return _cut(name)
    first, second = min(breaks, key=lambda pair: max(map(len, pair)))
    return f"{first}\n{_cut(second)}"


def _cut(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def _width(label: str) -> int:
    """A label's width in characters: its longest line's."""
    return max(len(line) for line in label.split("\n"))


def _below(label: str) -> float:
    """How much further down a label of more than one line reaches than one of a line."""
    return LINE * label.count("\n")


# --- layouts ---------------------------------------------------------------------------


def force_layout(
    ids: list[str], pairs: list[tuple[str, str]], iterations: int = 200
) -> dict[str, Point]:
    """Each group of connected actors laid out on its own (`_forces`), the groups then set
    side by side in rows, largest first, each in a square whose area is its share of the
    actors: a group unconnected to the rest is drawn beside it, never flung to a corner
    with the rest crowded in another."""
    groups = _components(ids, pairs)
    if len(groups) == 1:
        return _forces(ids, pairs, iterations)
    total = len(ids)
    sides = [math.sqrt(len(group) / total) for group in groups]
    cells: list[tuple[float, float, float]] = []  # left, top, side
    x = y = row_height = 0.0
    for side in sides:
        if x > 0 and x + side > 1 + 1e-9:  # a row as wide as the whole map's square
            x, y, row_height = 0.0, y + row_height, 0.0
        cells.append((x, y, side))
        x, row_height = x + side, max(row_height, side)
    placed: dict[str, list[float]] = {}
    for group, (left, top, side) in zip(groups, cells, strict=True):
        own = _forces(group, [p for p in pairs if p[0] in set(group)], iterations)
        pad = side * 0.15  # a group's actors kept off its square's edges
        for i, (px, py) in own.items():
            placed[i] = [left + pad + px * (side - 2 * pad), top + pad + py * (side - 2 * pad)]
    return _fit(placed)


def _components(ids: list[str], pairs: list[tuple[str, str]]) -> list[list[str]]:
    """The groups of actors connected by relations, largest first (then by first id)."""
    linked: dict[str, set[str]] = {i: set() for i in ids}
    for a, b in pairs:
        linked[a].add(b)
        linked[b].add(a)
    order = {i: n for n, i in enumerate(ids)}
    groups, seen = [], set()
    for start in ids:
        if start in seen:
            continue
        group, todo = [], [start]
        seen.add(start)
        while todo:
            node = todo.pop()
            group.append(node)
            for other in sorted(linked[node] - seen):
                seen.add(other)
                todo.append(other)
        groups.append(sorted(group, key=order.__getitem__))
    return sorted(groups, key=lambda g: (-len(g), order[g[0]]))


def _forces(ids: list[str], pairs: list[tuple[str, str]], iterations: int) -> dict[str, Point]:
    """Fruchterman–Reingold in the unit square, from a fixed start on a circle.

    Pure Python: O(n²) per step, meant for maps of at most a few hundred nodes."""
    n = len(ids)
    if n == 1:
        return {ids[0]: (0.5, 0.5)}
    pos = {
        i: [0.5 + 0.45 * math.cos(2 * math.pi * k / n), 0.5 + 0.45 * math.sin(2 * math.pi * k / n)]
        for k, i in enumerate(ids)
    }
    ideal = math.sqrt(1.0 / n)
    step = 0.1
    for _ in range(iterations):
        move = {i: [0.0, 0.0] for i in ids}
        for a_index, a in enumerate(ids):
            ax, ay = pos[a]
            for b in ids[a_index + 1 :]:
                dx, dy = ax - pos[b][0], ay - pos[b][1]
                dist2 = max(dx * dx + dy * dy, 1e-6)
                push = ideal * ideal / dist2  # repulsion ideal²/d, along the unit vector
                move[a][0] += dx * push
                move[a][1] += dy * push
                move[b][0] -= dx * push
                move[b][1] -= dy * push
        for a, b in pairs:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            pull = math.sqrt(dx * dx + dy * dy) / ideal  # attraction d²/ideal
            move[a][0] -= dx * pull
            move[a][1] -= dy * pull
            move[b][0] += dx * pull
            move[b][1] += dy * pull
        for i in ids:
            dx, dy = move[i]
            length = math.sqrt(dx * dx + dy * dy) or 1.0
            pos[i][0] += dx / length * min(length, step)
            pos[i][1] += dy / length * min(length, step)
            # gentle pull to the middle keeps unconnected groups on the canvas
            pos[i][0] += (0.5 - pos[i][0]) * 0.01
            pos[i][1] += (0.5 - pos[i][1]) * 0.01
        step = max(step * 0.98, 0.002)
    return _fit(pos)


def _fit(pos: dict[str, list[float]]) -> dict[str, Point]:
    """Stretch positions to fill the unit square."""
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {i: ((p[0] - min(xs)) / span_x, (p[1] - min(ys)) / span_y) for i, p in pos.items()}


def radial_layout(centre: str, others: list[str]) -> dict[str, Point]:
    """The centre actor in the middle, the others evenly round it (starting at the top)."""
    pos = {centre: (0.5, 0.5)}
    for k, other in enumerate(others):
        angle = -math.pi / 2 + 2 * math.pi * k / len(others)
        pos[other] = (0.5 + 0.5 * math.cos(angle), 0.5 + 0.5 * math.sin(angle))
    return pos


def picture(
    nodes: list[Node],
    edges: list[Edge],
    layout: dict[str, Point],
    width: float,
    height: float,
    title: str,
    lang: Language = ENGLISH,
) -> Markup:
    """The SVG of a layout (positions in the unit square) on a canvas of the given size."""
    canvas = to_canvas(layout, nodes, width, height)
    return draw(nodes, edges, canvas, width, height, title, lang)


def to_canvas(
    pos: dict[str, Point], nodes: list[Node], width: float, height: float
) -> dict[str, Point]:
    """Scale positions in the unit square to the canvas, leaving room for the labels, then
    nudge apart nodes whose labels would overlap."""
    labels = {node.id: node.label for node in nodes}
    half_label = max(_width(label) for label in labels.values()) * CHAR / 2
    below = max(_below(label) for label in labels.values())
    inner_w = width - 2 * (MARGIN + half_label)
    inner_h = height - 2 * MARGIN - 2 * FONT - below
    placed = {
        i: [MARGIN + half_label + x * inner_w, MARGIN + y * inner_h] for i, (x, y) in pos.items()
    }
    _separate(placed, labels, width, height)
    return {i: (round(p[0], 1), round(p[1], 1)) for i, p in placed.items()}


def _separate(
    placed: dict[str, list[float]], labels: dict[str, str], width: float, height: float
) -> None:
    """Push apart, vertically, nodes whose label boxes (drawn under the node) overlap."""
    box_h = 2 * RADIUS + FONT * 1.5  # from the top of the circle to under the label
    ids = sorted(placed)
    for _ in range(30):
        moved = False
        for k, a in enumerate(ids):
            for b in ids[k + 1 :]:
                pa, pb = placed[a], placed[b]
                reach = (_width(labels[a]) + _width(labels[b])) * CHAR / 2 + 4
                upper_id = a if (pa[1], a) < (pb[1], b) else b
                tall = box_h + _below(labels[upper_id])  # the upper label reaches down
                if abs(pa[0] - pb[0]) < reach and abs(pa[1] - pb[1]) < tall:
                    shift = (tall - abs(pa[1] - pb[1])) / 2 + 0.5
                    upper, lower = (pa, pb) if upper_id == a else (pb, pa)
                    upper[1] -= shift
                    lower[1] += shift
                    moved = True
        for i, p in placed.items():
            p[1] = min(max(p[1], MARGIN), height - MARGIN - FONT * 1.5 - _below(labels[i]))
        if not moved:
            return


# --- drawing ---------------------------------------------------------------------------


def draw(
    nodes: list[Node],
    edges: list[Edge],
    pos: dict[str, Point],
    width: float,
    height: float,
    title: str,
    lang: Language = ENGLISH,
) -> Markup:
    """The SVG: edges (with arrows and labels) under the nodes, each node a link."""
    labels = {node.id: node.label for node in nodes}
    names = {node.id: node.name for node in nodes}
    # what a label may never cover (a dot or a name), and the labels placed so far
    actors = [
        _text_box(pos[n.id][0], pos[n.id][1] + RADIUS + FONT + LINE * k, line, FONT)
        for n in nodes
        for k, line in enumerate(n.label.split("\n"))
    ]
    actors += [_circle_box(pos[n.id]) for n in nodes]
    placed: list[Box] = []
    drawn = [_edge(group, pos, labels, (actors, placed), names, lang) for group in _pairs(edges)]
    parts = [
        (
            f'<svg class="explainer-graph" viewBox="0 0 {width:g} {height:g}"'
            f' width="{width:g}" height="{height:g}" role="group" aria-label="{escape_md(title)}">'
        ),
        (
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7"'
            ' markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"></path>'
            "</marker></defs>"
        ),
        '<g class="explainer-edges" aria-hidden="true">',
        *(line for line, _ in drawn),
        *(label for _, label in drawn),  # over every line, so none runs through a label
        "</g>",
        *(_node(node, pos[node.id]) for node in nodes),
        "</svg>",
    ]
    return Markup("".join(parts))


def _pairs(edges: list[Edge]) -> list[list[Edge]]:
    """Edges grouped by the pair of actors they join, so each pair gets one line."""
    groups: dict[frozenset[str], list[Edge]] = defaultdict(list)
    for edge in edges:
        groups[frozenset((edge.subject, edge.object))].append(edge)
    return list(groups.values())


def _edge(
    group: list[Edge],
    pos: dict[str, Point],
    labels: dict[str, str],
    taken: tuple[list[Box], list[Box]],
    names: dict[str, str],
    lang: Language,
) -> tuple[str, str]:
    """The line joining a pair of actors, and its label ('' for membership)."""
    first = group[0]
    (x1, y1), (x2, y2) = pos[first.subject], pos[first.object]
    # Start and end the line where it leaves each node's circle and label, so that no
    # arrowhead is hidden under a name.
    sx, sy = _exit(pos[first.subject], (x2, y2), labels[first.subject])
    ex, ey = _exit(pos[first.object], (x1, y1), labels[first.object])
    forward = any(e.subject == first.subject and e.type not in SYMMETRIC_RELATIONS for e in group)
    backward = any(e.subject != first.subject and e.type not in SYMMETRIC_RELATIONS for e in group)
    markers = (' marker-end="url(#arrow)"' if forward else "") + (
        ' marker-start="url(#arrow)"' if backward else ""
    )
    kind = (
        "member"
        if all(e.is_membership for e in group)
        else "alleged"
        if all(e.alleged_by for e in group)
        else "relation"
    )
    # Who does what to whom, in full, for a pointer or a screen reader on the line itself.
    said = lang._("; ").join(
        lang._("{subject} {relation} {object}").format(
            subject=names[e.subject], relation=lang._(e.label), object=names[e.object]
        )
        + _alleged(e, names, lang)
        for e in group
    )
    line = (
        f'<line class="explainer-edge-{kind}" x1="{sx:.1f}" y1="{sy:.1f}"'
        f' x2="{ex:.1f}" y2="{ey:.1f}"{markers}><title>{escape_md(said)}</title></line>'
    )
    if kind == "member":
        return line, ""  # a dashed line means "member of" (the legend says so): no label to misread
    label = lang._("; ").join(
        dict.fromkeys(
            lang._("{relation} (alleged)").format(relation=lang._(e.label))
            if e.alleged_by
            else lang._(e.label)
            for e in group
            if not e.is_membership
        )
    )
    at = _label_place(sx, sy, ex, ey, label, *taken)
    if at is None:  # no place that is not an actor's: the list under the picture names it
        return line, ""
    mx, my = at
    return line, (
        f'<text class="explainer-edge-label" x="{mx:.1f}" y="{my:.1f}"'
        f' text-anchor="middle">{escape_md(label)}</text>'
    )


def _alleged(edge: Edge, names: dict[str, str], lang: Language) -> str:
    """', as alleged by A and B': a claim drawn is never drawn as a fact."""
    if not edge.alleged_by:
        return ""
    who = lang._(" and ").join(names.get(a, a) for a in edge.alleged_by)
    return lang._(", as alleged by {actors}").format(actors=who)


EDGE_FONT = 12.0
Box = tuple[float, float, float, float]


def _text_box(x: float, baseline: float, text: str, size: float) -> Box:
    """The rough box of a centred line of text, with a pixel or two to spare (fonts differ
    from one reader's machine to another's): left, top, right, bottom."""
    half = len(text) * size * 0.3 + 2
    return x - half, baseline - size - 1, x + half, baseline + size * 0.3


def _circle_box(at: Point) -> Box:
    x, y = at
    return x - RADIUS - 1, y - RADIUS - 1, x + RADIUS + 1, y + RADIUS + 1


ALONG = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88)
"""Where on its line an edge's label may go, the middle first."""


def _label_place(
    sx: float, sy: float, ex: float, ey: float, label: str, actors: list[Box], placed: list[Box]
) -> Point | None:
    """Where the edge's label covers no actor's dot or name and no label `placed` before:
    on the line, the middle first, else just beside it; if every such place touches
    another label, the one that touches least. None when each covers an actor (in a dense
    centre): a label there would read as that actor's. The chosen box is then placed."""
    length = math.hypot(ex - sx, ey - sy) or 1.0
    # a step across the line, one label's height, on either side
    across = ((sy - ey) / length * EDGE_FONT * 1.1, (ex - sx) / length * EDGE_FONT * 1.1)
    best: tuple[float, Box, Point] | None = None
    for side in (0, 1, -1, 2, -2):
        for t in ALONG:
            x = sx + (ex - sx) * t + across[0] * side
            y = sy + (ey - sy) * t + across[1] * side + EDGE_FONT * 0.35
            box = _text_box(x, y, label, EDGE_FONT)
            if any(_overlap(box, actor) for actor in actors):
                continue
            overlap = sum(_overlap(box, other) for other in placed)
            if best is None or overlap < best[0]:
                best = (overlap, box, (x, y))
            if overlap == 0:
                break
        if best is not None and best[0] == 0:
            break
    if best is None:
        return None
    placed.append(best[1])
    return best[2]


def _overlap(a: Box, b: Box) -> float:
    """The area two boxes share."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _exit(at: Point, towards: Point, label: str) -> Point:
    """Where a line from the node at `at` towards `towards` leaves the node's box (the
    circle and the label under it), plus a small gap."""
    (x, y), (tx, ty) = at, towards
    dx, dy = tx - x, ty - y
    half_w = max(RADIUS, _width(label) * CHAR / 2) + 2
    top, bottom = RADIUS + 3, RADIUS + FONT * 1.3 + _below(label)
    t_x = half_w / abs(dx) if dx else math.inf
    t_y = (bottom if dy > 0 else top) / abs(dy) if dy else math.inf
    t = min(t_x, t_y, 0.45)  # never past the middle, should two boxes overlap
    return x + dx * t, y + dy * t


def _node(node: Node, at: Point) -> str:
    x, y = at
    first, *more = node.label.split("\n")
    text = str(escape_md(first)) + "".join(  # a line more: SVG text does not wrap by itself
        f'<tspan x="{x:.1f}" dy="{LINE:g}">{escape_md(line)}</tspan>' for line in more
    )
    return (
        f'<a href="{html.escape(node.href)}" class="explainer-node explainer-node-{node.kind}">'
        f"<title>{escape_md(node.name)}</title>"
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{RADIUS:g}"></circle>'
        f'<text x="{x:.1f}" y="{y + RADIUS + FONT:.1f}" text-anchor="middle">{text}</text></a>'
    )
