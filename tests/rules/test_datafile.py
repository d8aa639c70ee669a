import pytest
from pydantic import BaseModel

from rules.datafile import load_data_file


class _NeedsAField(BaseModel):
    field_that_is_not_there: int


def test_a_data_file_that_does_not_fit_its_model_stops_start_up_naming_file_and_entry() -> None:
    with pytest.raises(RuntimeError, match=r"rules/data/deposit\.yaml: field_that_is_not_there"):
        load_data_file("data/deposit.yaml", _NeedsAField)
