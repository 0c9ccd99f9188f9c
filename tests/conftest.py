"""Shared fixtures: the real catalogue and register (imported once), and personas."""

import pytest


@pytest.fixture
def client_de(client):
    return client
