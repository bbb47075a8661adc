"""The best one-to-one pairing of two lists by score (the assignment problem), for aligning responsibilities.

Hungarian algorithm with potentials (Kuhn–Munkres, O(n²m)), on a rectangular matrix; stdlib only. Pairing by
the best total instead of greedily means one strong pair never takes the item another pair needed more.
Pure: no Qt, sqlite, store or ui.
"""

from __future__ import annotations

from collections.abc import Sequence


def best_pairs(scores: Sequence[Sequence[float]], floor: float) -> list[tuple[int, int]]:
    """(row, column) pairs of the one-to-one pairing with the largest total score, counting only scores above
    ``floor`` (a pair at or below it is as good as no pair, and is left out). Rows and columns may differ in
    number; ties go to the earlier row and column."""
    n = len(scores)
    m = len(scores[0]) if n else 0
    if not n or not m:
        return []
    gains = [[max(scores[i][j] - floor, 0.0) for j in range(m)] for i in range(n)]
    # Most rows have one candidate at most, and no column two: then the answer needs no search.
    wanted = [[j for j in range(m) if gains[i][j] > 0.0] for i in range(n)]
    if all(len(js) <= 1 for js in wanted):
        columns = [js[0] for js in wanted if js]
        if len(columns) == len(set(columns)):
            return [(i, js[0]) for i, js in enumerate(wanted) if js]
    transpose = n > m
    if transpose:
        gains = [list(column) for column in zip(*gains)]
        n, m = m, n
    # Minimise cost = -gain over n rows, each given a distinct column (n <= m); 1-based, column 0 is virtual.
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: the row given column j
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        least = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta = inf
            j1 = 0
            row = gains[i0 - 1]
            ui0 = u[i0]
            for j in range(1, m + 1):
                if used[j]:
                    continue
                current = -row[j - 1] - ui0 - v[j]
                if current < least[j]:
                    least[j] = current
                    way[j] = j0
                if least[j] < delta:
                    delta = least[j]
                    j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while True:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, m + 1):
        i = owner[j]
        if i and gains[i - 1][j - 1] > 0.0:
            pairs.append((j - 1, i - 1) if transpose else (i - 1, j - 1))
    return sorted(pairs)
