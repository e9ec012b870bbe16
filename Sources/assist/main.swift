import AssistCommandLine

AssistCommandLine.main()
