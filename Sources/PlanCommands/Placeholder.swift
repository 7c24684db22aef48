enum PlaceholderPlanCommands {}
