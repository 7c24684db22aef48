print("plansh")
