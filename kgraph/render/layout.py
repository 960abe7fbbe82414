"""Node positions, computed once in Python so the browser draws a graph that is already at rest.

Each connected component is laid out on its own (stress majorization for small ones, which keeps
distances on the page close to path lengths; for large ones a Fruchterman-Reingold in numpy with
particle-mesh repulsion, since networkx needs scipy past 500 nodes and is quadratic), then the
components are packed in rows, largest first.
Same input, same positions: the seed is fixed and coordinates are rounded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import networkx as nx  # type: ignore[import-untyped]
import numpy as np
from numpy.typing import NDArray

SPACING = 110.0
"""Ideal edge length in page pixels (vis-network's unit); labels need about this much room."""
GAP = 75.0
"""Wanted median distance from a node to its nearest other node, in page pixels."""
SMALL = 250
"""Components up to this size use stress majorization (O(n^2)); larger ones the mesh FR."""
SEED = 7

Positions = dict[str, tuple[float, float]]
FloatArray = NDArray[np.float64]


def positions(nodes: Sequence[str], edges: Sequence[tuple[str, str]]) -> Positions:
    """Place ``nodes`` so that connected nodes sit about :data:`SPACING` apart, without overlap.

    Args:
        nodes: node ids, in a stable order.
        edges: undirected pairs of node ids (duplicates and self-loops are ignored).

    Returns:
        ``{node: (x, y)}`` in page pixels, rounded to one decimal.
    """
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((a, b) for a, b in edges if a != b)
    order = {n: i for i, n in enumerate(nodes)}
    parts = sorted(
        (sorted(c, key=order.__getitem__) for c in nx.connected_components(g)),
        key=lambda c: (-len(c), order[c[0]]),
    )
    placed: list[tuple[list[str], FloatArray]] = [(c, _component(g, c)) for c in parts]
    return _pack(placed)


def _component(g: nx.Graph, members: list[str]) -> FloatArray:
    n = len(members)
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[0.0, 0.0], [SPACING, 0.0]])
    sub = g.subgraph(members)
    index = {m: i for i, m in enumerate(members)}
    pairs = np.array([(index[a], index[b]) for a, b in sub.edges()], dtype=np.int64).reshape(-1, 2)
    if n <= SMALL:
        pos = _stress(n, pairs)
    else:
        pos = _mesh_fr(n, pairs)
    return _normalise(pos, pairs, spread=n <= SMALL)


def _path_lengths(n: int, pairs: NDArray[np.int64]) -> FloatArray:
    """Shortest path lengths where an edge is longer the more neighbours its ends have.

    An edge's length is 1 + 0.3 * (sqrt(deg u - 1) + sqrt(deg v - 1)): a hub's leaves sit on a
    ring wide enough for their labels instead of piling up on it. Floyd-Warshall, O(n^3).
    """
    degree = np.bincount(pairs.ravel(), minlength=n).astype(float)
    room = np.sqrt(np.maximum(degree - 1, 0))
    dist = np.full((n, n), np.inf)
    np.fill_diagonal(dist, 0)
    length = 1 + 0.3 * (room[pairs[:, 0]] + room[pairs[:, 1]])
    dist[pairs[:, 0], pairs[:, 1]] = np.minimum(dist[pairs[:, 0], pairs[:, 1]], length)
    dist[pairs[:, 1], pairs[:, 0]] = dist[pairs[:, 0], pairs[:, 1]]
    for k in range(n):
        np.minimum(dist, dist[:, k, None] + dist[None, k, :], out=dist)
    return dist


def _stress(n: int, pairs: NDArray[np.int64], iterations: int = 150) -> FloatArray:
    """Stress majorization (SMACOF, weights 1/d^2) from a classical MDS start.

    Distances on the page follow path lengths in the graph, so clusters do not collapse and
    chains do not stretch the way they do in force layouts. O(n^2) per step, O(n^3) to start:
    small components only.
    """
    d = _path_lengths(n, pairs)
    # classical MDS start: the top two eigenvectors of the double-centred squared distances
    sq = d**2
    centred = sq - sq.mean(axis=0) - sq.mean(axis=1)[:, None] + sq.mean()
    values, vectors = np.linalg.eigh(-0.5 * centred)
    top = vectors[:, -2:] * np.sqrt(np.maximum(values[-2:], 1e-9))
    signs = np.sign(top[np.abs(top).argmax(axis=0), [0, 1]])  # fix the eigenvectors' sign
    pos: FloatArray = top * np.where(signs == 0, 1, signs)
    pos += np.random.default_rng(SEED).uniform(-1e-3, 1e-3, size=pos.shape)
    off = ~np.eye(n, dtype=bool)
    weight = np.zeros((n, n))
    weight[off] = d[off] ** -2.0
    lap_w = -weight
    np.fill_diagonal(lap_w, weight.sum(axis=1))
    inverse = np.linalg.pinv(lap_w)
    wd = weight * d
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        norm = np.sqrt((delta**2).sum(axis=2))
        ratio = np.zeros((n, n))
        ratio[off] = wd[off] / np.maximum(norm[off], 1e-9)
        lap_z = -ratio
        np.fill_diagonal(lap_z, ratio.sum(axis=1))
        new: FloatArray = inverse @ (lap_z @ pos)
        if np.abs(new - pos).max() < 1e-4:
            return new
        pos = new
    return pos


def _normalise(pos: FloatArray, pairs: NDArray[np.int64], *, spread: bool) -> FloatArray:
    """Centre on the origin and scale so that edges are about SPACING long and nodes keep apart.

    Small components are scaled so the median edge is SPACING and then crowds are pulled apart
    (force layouts pack a hub's leaves tight while chains stretch; scaling until the crowd fits
    would blow the chains up). Large ones, where that costs too much, are scaled by the larger of
    "median edge = SPACING" and "median distance to the nearest node = GAP".
    """
    pos = pos - pos.mean(axis=0)
    lengths = np.linalg.norm(pos[pairs[:, 0]] - pos[pairs[:, 1]], axis=1)
    edge = float(np.median(lengths))
    if edge <= 0:
        return pos
    if spread:
        return _spread(pos * (SPACING / edge), GAP)
    # nearest neighbours through a grid of the mean spacing: about 9 candidates per node
    span = np.maximum(pos.max(axis=0) - pos.min(axis=0), 1e-9)
    cell = max(float(np.sqrt(span[0] * span[1] / len(pos))), 1e-9)
    cells = np.floor((pos - pos.min(axis=0)) / cell).astype(np.int64)
    i, j = _near_pairs(cells)
    nearest = np.full(len(pos), np.inf)
    np.minimum.at(nearest, i, np.linalg.norm(pos[i] - pos[j], axis=1))
    found = nearest[np.isfinite(nearest)]
    gap = float(np.median(found)) if len(found) else edge
    return pos * max(SPACING / edge, GAP / max(gap, 1e-9))


def _spread(pos: FloatArray, gap: float, rounds: int = 60) -> FloatArray:
    """Remove overlaps: move every pair closer than ``gap`` apart, half the shortfall each."""
    n = len(pos)
    rng = np.random.default_rng(SEED)
    pos = pos + rng.uniform(-1e-3, 1e-3, size=pos.shape)  # coincident nodes get a direction
    for _ in range(rounds):
        cells = np.floor((pos - pos.min(axis=0)) / gap).astype(np.int64)
        i, j = _near_pairs(cells)
        delta = pos[i] - pos[j]
        dist = np.maximum(np.linalg.norm(delta, axis=1), 1e-9)
        close = dist < gap
        if not close.any():
            break
        i, delta, dist = i[close], delta[close], dist[close]
        # each ordered pair moves i by a quarter of the shortfall; (j, i) moves j likewise
        push = delta * ((gap - dist) / dist * 0.3)[:, None]
        pos[:, 0] += np.bincount(i, push[:, 0], minlength=n)
        pos[:, 1] += np.bincount(i, push[:, 1], minlength=n)
    return pos


def _mesh_fr(n: int, pairs: NDArray[np.int64], iterations: int = 50) -> FloatArray:
    """Fruchterman-Reingold with particle-mesh repulsion: O(n + G^2 log G) per iteration.

    Repulsion from far nodes is the node density on a G x G mesh convolved (by FFT) with the
    force kernel; nodes in the same or an adjacent cell repel each other exactly. Attraction
    runs along the edges as usual. 5,000 nodes take about half a second on one core.
    """
    rng = np.random.default_rng(SEED)
    side = math.sqrt(n)
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    temperature = side / 10
    cooling = 0.01 ** (1 / iterations)
    mesh = int(min(128, max(16, 2 ** math.ceil(math.log2(math.sqrt(n) * 1.5)))))
    offsets = np.arange(-(mesh - 1), mesh)
    ox, oy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = (ox * ox + oy * oy).astype(float)
    r2[(np.abs(ox) <= 1) & (np.abs(oy) <= 1)] = np.inf  # near cells: exact pairs below
    size = (2 * mesh, 2 * mesh)  # enough: the wrapped-around part misses the cells read back
    kernel_x = np.fft.rfft2(ox / r2, s=size)
    kernel_y = np.fft.rfft2(oy / r2, s=size)
    src, dst = pairs[:, 0], pairs[:, 1]
    window = slice(mesh - 1, 2 * mesh - 1)
    for _ in range(iterations):
        low = pos.min(axis=0)
        cell = float((pos.max(axis=0) - low).max()) / (mesh - 1) + 1e-12
        cells = np.minimum(np.floor((pos - low) / cell).astype(np.int64), mesh - 1)
        flat = cells[:, 0] * mesh + cells[:, 1]
        density = np.fft.rfft2(np.bincount(flat, minlength=mesh * mesh).reshape(mesh, mesh), s=size)
        far_x = np.fft.irfft2(density * kernel_x, s=size)[window, window].ravel()
        far_y = np.fft.irfft2(density * kernel_y, s=size)[window, window].ravel()
        disp = np.column_stack([far_x[flat], far_y[flat]]) / cell
        i, j = _near_pairs(cells)
        delta = pos[i] - pos[j]
        push = delta / np.maximum(np.einsum("ij,ij->i", delta, delta), 1e-4)[:, None]
        delta = pos[src] - pos[dst]
        pull = delta * np.linalg.norm(delta, axis=1)[:, None]
        for axis in (0, 1):
            disp[:, axis] += np.bincount(i, push[:, axis], minlength=n)
            disp[:, axis] -= np.bincount(src, pull[:, axis], minlength=n)
            disp[:, axis] += np.bincount(dst, pull[:, axis], minlength=n)
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    return pos


def _near_pairs(cells: NDArray[np.int64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """All ordered pairs (i, j), i != j, of nodes in the same or adjacent grid cells."""
    width = int(cells[:, 1].max()) + 3
    key = (cells[:, 0] + 1) * width + (cells[:, 1] + 1)
    order = np.argsort(key, kind="stable")
    # a table over all cells (with a border of empty ones): where each cell's nodes start in
    # ``order`` and how many there are
    count = np.bincount(key, minlength=(int(cells[:, 0].max()) + 3) * width)
    first = np.cumsum(count) - count
    n = len(cells)
    rows: list[NDArray[np.int64]] = []
    cols: list[NDArray[np.int64]] = []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            target = key + dx * width + dy
            lo, counts = first[target], count[target]
            total = int(counts.sum())
            if total:
                # ragged ranges lo[r] .. lo[r] + counts[r], flattened without a Python loop
                starts = np.repeat(lo - np.cumsum(counts) + counts, counts)
                rows.append(np.repeat(np.arange(n), counts))
                cols.append(order[starts + np.arange(total)])
    i, j = np.concatenate(rows), np.concatenate(cols)
    keep = i != j
    return i[keep], j[keep]


def _pack(placed: list[tuple[list[str], FloatArray]]) -> Positions:
    """Shelf-pack the components in rows, largest first, SPACING apart."""
    boxes = []
    for members, pos in placed:
        low, high = pos.min(axis=0), pos.max(axis=0)
        boxes.append((members, pos - low, high - low + SPACING))
    area = sum(float(w * h) for _, _, (w, h) in boxes)
    row_width = max(math.sqrt(area) * 1.2, max(float(size[0]) for _, _, size in boxes))
    out: Positions = {}
    x = y = row_height = 0.0
    for members, pos, (w, h) in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for m, (px, py) in zip(members, pos, strict=True):
            out[m] = (round(float(px + x), 1), round(float(py + y), 1))
        x += float(w)
        row_height = max(row_height, float(h))
    return out
