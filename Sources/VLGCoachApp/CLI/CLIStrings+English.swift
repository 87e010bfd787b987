extension CLIStrings {
  static let english = CLIStrings(
    addedCommunity: { "Added learning community “\($0)” (phase 1)." },
    noCommunities: "No learning communities yet.",
    communityHeader: ["Name", "Phase", "Members", "Subject"],
    phaseCell: { "phase \($0)" },
    addedMember: { "Added “\($0)” to \($1)." },
    noMembers: { "\($0) has no members yet." },
    memberHeader: ["Name", "School", "Role", "Taking part"],
    importedMembers: { count, community in
      "Imported \(count) \(count == 1 ? "member" : "members") into \(community)."
    },
    alreadyMember: { "line \($0): “\($1)” is a member already; left out." },
    importLine: { "line \($0): \($1)" },
    cannotReadFile: { "Could not read \($0): \($1)." },
    phaseMoved: { "\($0) is now in phase \($1) (since \($2))." },
    plannedMeeting: { number, day, time, community in
      "Planned meeting \(number) on \(day)\(time.map { " at \($0)" } ?? "") for \(community)."
    },
    plannedFourWeeksAfter: {
      "The day follows the monthly rule: four weeks after meeting \($0), on the same weekday."
    },
    plannedSameWeekdayAfter: {
      "The day follows the monthly rule: four weeks after meeting \($0) has passed, so the first"
        + " day from today on that falls on the same weekday."
    },
    plannedFourWeeksFromToday:
      "The day follows the monthly rule: four weeks from today, as there is no meeting yet.",
    noMeetings: { "\($0) has no meetings yet. Plan one with: vlgcoach meeting add" },
    meetingHeader: ["#", "Date", "Time", "Place", "Phase", "Agenda", "There", "To review"],
    attendanceCell: { attended, onList in "\(attended) of \(onList)" },
    attendanceRecorded: { meeting, attended, onList in
      "Attendance at meeting \(meeting) recorded: \(attended) of \(onList) there."
    },
    addedAgreement: { "Added agreement \($0) to meeting \($1) of \($2)." },
    noAgreements: "No agreements.",
    noOpenAgreements: "No open agreements.",
    agreementHeader: [
      "Community", "#", "Kind", "Agreement", "Owners", "Due", "Status", "Carried over", "Overdue",
    ],
    dueNextMeeting: { day in "next meeting" + (day.map { " (\($0))" } ?? "") },
    overdueMark: "overdue",
    reviewedAgreement: { number, status, meeting in
      "Agreement \(number): \(status)"
        + (meeting.map { " (recorded in meeting \($0))." } ?? " (recorded between meetings).")
    },
    editedAgreement: { "Agreement \($0) changed." },
    deletedAgreement: { "Agreement \($0) deleted." },
    wroteFile: { "Wrote \($0)" },
    notAMeetingNumber: { "“\($0)” is not a meeting number. See them with: vlgcoach meeting list" },
    unknownAgreementKind: {
      "“\($0)” is not a kind of agreement; choose finish, discuss or provide."
    },
    unknownStatus: { "“\($0)” is not a status; choose done, partly or dropped." },
    conflictingAttendance: { member, first, second in
      "\(member) is named both \(first) and \(second); name each member once."
    },
    noAttendanceGiven: "Name the members with --present, --absent, --excused or --late.",
    nothingToChange: "Say what to change with --text, --kind, --owner or --due.",
    folderMissing: { "The folder \($0) does not exist." },
    cannotWrite: { "Could not write \($0): \($1)." },
    exportExists: { "\($0) exists already; nothing was written. Add --force to replace it." },
    unknownSchool: { typed, schools in
      schools.isEmpty
        ? "“\(typed)” is not a school of this community; it has no schools yet."
        : "“\(typed)” names no single school of this community. Its schools: "
          + schools.joined(separator: ", ") + "."
    },
    notWritableTarget: { "\($0) is not a file, a folder or a stream an export can go to." },
    streamInProgram: {
      "The program cannot write to \($0): the screen uses it. Type a file or a folder."
    },
    healthyStore: { path, count in
      "The store in \(path) is healthy: "
        + (count == 1 ? "1 learning community." : "\(count) learning communities.")
    },
    invalidLanguage: { "--lang takes nl or en, not “\($0)”." },
    storeInUse: { pid in
      "vlgcoach is open\(pid.map { " (process \($0))" } ?? ""); close it and try again."
    },
    needsTerminal:
      "vlgcoach needs a terminal. In scripts, use the subcommands, e.g. vlgcoach community list.",
    cannotStartTerminal: { "Cannot start the terminal: \($0)." },
    themeNotFound: { name, available in
      "Theme “\(name)” not found. Available: \(available.joined(separator: ", "))."
    },
    themeUnreadable: { "Theme \($0) cannot be read: \($1)" },
    crashed: "vlgcoach stopped after an internal error; everything saved until then is safe."
  )
}
