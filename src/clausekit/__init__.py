"""clausekit: draft and review partnership and supplier contracts."""

__version__ = "0.1.0"
