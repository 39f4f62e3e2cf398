"""newstrace: who says so, and how sure — attribution, factuality and claim tracking for news."""
from newstrace.records import SCHEMA_VERSION

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "__version__"]
