enum PlaceholderMeetings {}
