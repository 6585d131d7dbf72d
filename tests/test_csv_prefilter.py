"""The Arrow check of text columns before neutralising agrees with the check of objects."""

import random

import pandas as pd
import pytest

from geo.output import export

CHARS = ["=", "+", "-", "@", "\t", "\r", "a", " ", "1", "é", "\n"]


@pytest.mark.parametrize("seed", range(5))
def test_arrow_check_is_the_object_check(seed):
    rng = random.Random(seed)
    for _ in range(300):
        values = [
            "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 3)))
            for _ in range(rng.randint(0, 4))
        ]
        values += [None] * rng.randint(0, 2)
        arrow = pd.Series(values, dtype=pd.StringDtype("pyarrow", na_value=float("nan")))
        assert export._may_need_fixing(arrow) == export._may_need_fixing(arrow.astype(object))
