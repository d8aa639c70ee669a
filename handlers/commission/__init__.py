"""Commission work that talks to Slack: posting the month, the schedule, CSV upload."""
