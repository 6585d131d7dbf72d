"""Exact distances from many points to a set of line segments, through a k-d tree.

A GEOS nearest-neighbour query costs several microseconds a point, and a
join measures a million points against a hundred states of control. Here a
k-d tree over points sampled along the segments (every vertex, and points
at most ``spacing`` apart along each segment) proposes a few candidate
segments for all the points at once, and each candidate is measured
exactly, with the point-to-segment formula of GEOS
(``Distance::pointToSegment``), so the distances are the floats a GEOS
query would give.

Why a few candidates are enough: let ``D`` be a point's distance to the
segments, reached at ``P`` on segment ``s``. A sample of ``s`` lies within
``spacing / 2`` of ``P`` along ``s`` (``P`` itself when it is an end), so
within ``sqrt(D**2 + spacing**2 / 4)`` of the point. Let ``E >= D`` be the
smallest distance to the candidates' segments. When the k-th nearest sample
lies further than ``sqrt(E**2 + spacing**2 / 4)``, every sample at least that
close is among the k, so ``s`` is a candidate and ``E == D``. For the few
points that fail this test (far from a dense cluster of vertices, whose
samples all lie at nearly the same distance), the candidates are the
segments of every sample within ``sqrt(E**2 + spacing**2 / 4)``: ``s`` is one
of them by the same argument.

A cheap lower bound on the distance (:meth:`SegmentIndex.lower_bounds`, from
boxes around groups of nearby segments) lets a caller that wants the
smallest distance over several sets skip a set that cannot come nearer than
what it already found.
"""

from __future__ import annotations

import itertools

import numpy as np

#: Longest gap, in metres, between two samples along a segment.
DEFAULT_SPACING_M = 1_000.0
#: Neighbours asked for first; the points they do not settle get every sample within reach.
NEIGHBOURS = 6
#: Points whose samples within reach are gathered at once.
_BLOCK_POINTS = 4_096
#: Fewest points for which one query is split over the machine's cores.
_THREADED_QUERY = 50_000
#: Most points for which all candidates are measured in one pass.
_SMALL_QUERY = 512
#: Relative slack on the proof's comparison, against rounding in the tree's distances.
_SLACK = 1e-9
#: Cells a side of the grid whose cells group segments into the boxes of
#: :meth:`SegmentIndex.lower_bounds` (empty cells give no box).
_BOX_GRID = 8


def segment_distance(
    px: np.ndarray,
    py: np.ndarray,
    ax: np.ndarray,
    ay: np.ndarray,
    bx: np.ndarray,
    by: np.ndarray,
) -> np.ndarray:
    """Return the distance from points to segments, as GEOS computes it.

    Parameters
    ----------
    px, py : numpy.ndarray
        The points' coordinates.
    ax, ay, bx, by : numpy.ndarray
        The segments' ends (broadcast against the points).

    Returns
    -------
    numpy.ndarray
        The Euclidean distance from each point to its segment, term for term
        as ``Distance::pointToSegment`` of GEOS computes it (so the same float).
    """
    dx, dy = bx - ax, by - ay
    len2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        r = ((px - ax) * dx + (py - ay) * dy) / len2
        s = ((ay - py) * dx - (ax - px) * dy) / len2
    to_a = np.sqrt((ax - px) * (ax - px) + (ay - py) * (ay - py))
    to_b = np.sqrt((bx - px) * (bx - px) + (by - py) * (by - py))
    across = np.abs(s) * np.sqrt(len2)
    # A degenerate segment (len2 == 0) gives r = NaN: it is its start.
    return np.where((r <= 0.0) | np.isnan(r), to_a, np.where(r >= 1.0, to_b, across))


class SegmentIndex:
    """Nearest distances from points to a fixed set of segments.

    Parameters
    ----------
    starts, ends : numpy.ndarray
        ``(n, 2)`` arrays of the segments' ends, in metres (at least one).
    spacing : float, default :data:`DEFAULT_SPACING_M`
        Longest gap between two samples along a segment.
    """

    def __init__(
        self, starts: np.ndarray, ends: np.ndarray, spacing: float = DEFAULT_SPACING_M
    ) -> None:
        if len(starts) == 0:
            raise ValueError("a SegmentIndex needs at least one segment")
        self.starts = np.ascontiguousarray(starts, dtype=float)
        self.ends = np.ascontiguousarray(ends, dtype=float)
        delta = self.ends - self.starts
        pieces = np.maximum(1, np.ceil(np.hypot(delta[:, 0], delta[:, 1]) / spacing))
        pieces = pieces.astype(np.intp)
        # Samples at k / pieces along each segment, k = 0 .. pieces: both ends
        # too, so a vertex two segments share is a sample of each of them.
        per_segment = pieces + 1
        self._segment_of = np.repeat(np.arange(len(pieces)), per_segment)
        first = np.cumsum(per_segment) - per_segment
        k = np.arange(len(self._segment_of)) - np.repeat(first, per_segment)
        t = k / np.repeat(pieces, per_segment)
        # Rows repeated rather than gathered through ``_segment_of``: the same
        # floats, in half the time.
        samples = np.repeat(self.starts, per_segment, axis=0) + t[:, None] * np.repeat(
            delta, per_segment, axis=0
        )
        # Imported here: scipy takes a fifth of a second to import, and the
        # first index is built on the thread that composes the states, beside
        # the join's containment passes.
        from scipy.spatial import cKDTree

        self._tree = cKDTree(samples, leafsize=16, balanced_tree=False, compact_nodes=False)
        self._half_gap2 = spacing * spacing / 4.0
        self._ax, self._ay = self.starts[:, 0].copy(), self.starts[:, 1].copy()
        self._bx, self._by = self.ends[:, 0].copy(), self.ends[:, 1].copy()
        # Built when first asked for: a join asks only of some indexes.
        self._boxes: tuple[np.ndarray, ...] | None = None

    def __len__(self) -> int:
        return len(self.starts)

    def distances(self, xy: np.ndarray) -> np.ndarray:
        """Return each point's distance to the nearest segment.

        Parameters
        ----------
        xy : numpy.ndarray
            ``(m, 2)`` points, in the segments' coordinates (finite).

        Returns
        -------
        numpy.ndarray
            ``m`` distances, each the smallest over every segment.
        """
        if len(xy) == 0:
            return np.empty(0)
        samples = self._tree.n
        k = min(NEIGHBOURS, samples)
        workers = -1 if len(xy) >= _THREADED_QUERY else 1
        reach, sample = self._tree.query(xy, k=k, workers=workers)
        if k == 1:
            reach, sample = reach[:, None], sample[:, None]
        best = self._nearest_candidate(xy, reach, self._segment_of[sample])
        if k == samples:  # every segment was a candidate
            return best
        kth = reach[:, -1]
        pending = np.flatnonzero(kth * kth <= (best * best + self._half_gap2) * (1.0 + _SLACK))
        if pending.size:
            best[pending] = self._within_reach(xy[pending], best[pending])
        return best

    def lower_bounds(self, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Return, per rectangle, a distance no larger than any of its points' to the segments.

        The distance to the nearest of a few boxes that hold every segment
        (groups of nearby segments): cheap, and close to the true distance
        far from the segments.

        Parameters
        ----------
        lo, hi : numpy.ndarray
            ``(m, 2)`` lower-left and upper-right corners of rectangles, in the
            segments' coordinates (equal for a point).

        Returns
        -------
        numpy.ndarray
            ``m`` lower bounds (metres).
        """
        if self._boxes is None:
            self._boxes = _group_boxes(self.starts, self.ends)
        xmin, ymin, xmax, ymax = self._boxes
        dx = np.maximum(np.maximum(xmin - hi[:, :1], lo[:, :1] - xmax), 0.0)
        dy = np.maximum(np.maximum(ymin - hi[:, 1:], lo[:, 1:] - ymax), 0.0)
        return np.sqrt((dx * dx + dy * dy).min(axis=1))

    def _nearest_candidate(
        self, xy: np.ndarray, reach: np.ndarray, segments: np.ndarray
    ) -> np.ndarray:
        """Smallest distance from each point to its candidate segments, skipping the far ones.

        A segment whose nearest sample lies at ``r`` is no nearer than
        ``sqrt(r**2 - spacing**2 / 4)``; the first candidate's segment is no
        further than its sample (``reach[:, 0]``). So the candidates whose
        sample is further than ``sqrt(reach[:, 0]**2 + spacing**2 / 4)`` cannot
        be the nearest: as ``reach`` is sorted, the others are a prefix of each
        row, and rows are measured by the length of that prefix.
        """
        near = reach[:, :1] * reach[:, :1] * (1.0 + _SLACK) + self._half_gap2
        inside = reach * reach <= near
        if len(xy) <= _SMALL_QUERY:
            # Few points: one pass over every candidate costs less than a pass per column.
            return np.where(inside, self._metres(xy, segments), np.inf).min(axis=1)
        # Column by column, each over the rows whose prefix reaches it: flat
        # arrays, and a running minimum (the same float as the row's minimum).
        width = inside.sum(axis=1)
        out = self._metres(xy, segments[:, :1])[:, 0]
        for column in range(1, int(width.max())):
            rows = np.flatnonzero(width > column)
            metres = self._metres(xy[rows], segments[rows, column : column + 1])[:, 0]
            out[rows] = np.minimum(out[rows], metres)
        return out

    def _metres(self, xy: np.ndarray, segments: np.ndarray) -> np.ndarray:
        """Distance from each point to each segment of its row of candidates."""
        return segment_distance(
            xy[:, :1],
            xy[:, 1:],
            self._ax[segments],
            self._ay[segments],
            self._bx[segments],
            self._by[segments],
        )

    def _within_reach(self, xy: np.ndarray, bound: np.ndarray) -> np.ndarray:
        """Smallest distance to the segments of every sample within reach of each point.

        ``bound`` is no less than each point's distance; a segment as near
        has a sample within ``sqrt(bound**2 + spacing**2 / 4)``.
        """
        radius = np.sqrt((bound * bound + self._half_gap2) * (1.0 + _SLACK))
        out = np.empty(len(xy))
        for i in range(0, len(xy), _BLOCK_POINTS):
            block = xy[i : i + _BLOCK_POINTS]
            found = self._tree.query_ball_point(
                block, radius[i : i + _BLOCK_POINTS], return_sorted=False
            )
            lengths = np.fromiter(map(len, found), dtype=np.intp, count=len(found))
            flat = np.fromiter(
                itertools.chain.from_iterable(found), dtype=np.intp, count=int(lengths.sum())
            )
            point_of = np.repeat(np.arange(len(block)), lengths)
            segments = self._segment_of[flat]
            metres = segment_distance(
                block[point_of, 0],
                block[point_of, 1],
                self._ax[segments],
                self._ay[segments],
                self._bx[segments],
                self._by[segments],
            )
            # Each point's candidates are consecutive: one reduction per run.
            nearest = np.full(len(block), np.inf)
            found_any = np.flatnonzero(lengths)
            if found_any.size:
                runs = (np.cumsum(lengths) - lengths)[found_any]
                nearest[found_any] = np.minimum.reduceat(metres, runs)
            out[i : i + _BLOCK_POINTS] = nearest
        return out


def _group_boxes(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, ...]:
    """Bounding boxes of the segments grouped by the cell of a coarse grid holding their middle.

    Returns the boxes' ``xmin, ymin, xmax, ymax`` as four arrays; together
    the boxes hold every segment whole.
    """
    side = _BOX_GRID
    middle = (starts + ends) / 2.0
    low, high = middle.min(axis=0), middle.max(axis=0)
    cell = ((middle - low) / np.maximum(high - low, 1e-9) * side).astype(np.intp)
    cell = np.minimum(cell, side - 1)
    key = cell[:, 0] * side + cell[:, 1]
    order = np.argsort(key, kind="stable")
    runs = np.concatenate([[0], np.flatnonzero(np.diff(key[order])) + 1])
    lo = np.minimum(starts, ends)[order]
    hi = np.maximum(starts, ends)[order]
    return (
        np.minimum.reduceat(lo[:, 0], runs),
        np.minimum.reduceat(lo[:, 1], runs),
        np.maximum.reduceat(hi[:, 0], runs),
        np.maximum.reduceat(hi[:, 1], runs),
    )
