"""Bench settings on PostgreSQL (BENCH_POSTGRES_URL): the search benchmark needs its full-text engine."""

import os

import environ

from benchmarks.settings import *  # noqa: F403

DATABASES = {"default": environ.Env.db_url_config(os.environ["BENCH_POSTGRES_URL"])}
