"""The donations app's layers: models at the bottom, services above, views/webhooks/tasks/admin on top, and no
module importing another that (directly or not) imports it back."""

from pathlib import Path

import pytest

from tests import import_graph
from tests.import_graph import reachable

APP = Path(__file__).resolve().parents[2] / "donations"


def graph():
    return import_graph.graph(APP)


def test_no_import_circles():
    edges = graph()
    # A package's __init__ re-exporting its modules is not a circle of its own.
    edges = {k: {m for m in v if not k.startswith(m + ".")} for k, v in edges.items()}
    circles = sorted(name for name in edges if name in reachable(edges, name))
    assert circles == []


@pytest.mark.parametrize("top", ["views", "simulated_gateway", "stripe_gateway", "tasks", "admin_views", "webhooks"])
def test_models_and_services_never_import_the_layers_above(top):
    edges = graph()
    below = [n for n in edges if n.startswith(("donations.models", "donations.ledger", "donations.receipts"))]
    for name in below:
        assert not any(m == f"donations.{top}" or m.startswith(f"donations.{top}.") for m in reachable(edges, name)), (
            name
        )
