"""Registers the fixtures shared by every test directory."""

pytest_plugins = ["tests.stack_fixtures"]
