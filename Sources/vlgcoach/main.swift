import VLGCoachApp

VLGCoachCommand.main()
