"""Fallback Desk: what to do when the customer-center call does not connect."""

__version__ = "0.1.0"
