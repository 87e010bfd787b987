extension CLIStrings {
  static let english = CLIStrings(
    addedCommunity: { "Added learning community “\($0)” (phase 1)." },
    noCommunities: "No learning communities yet.",
    communityHeader: ["Name", "Phase", "Members", "Subject"],
    phaseCell: { "phase \($0)" },
    addedMember: { "Added “\($0)” to \($1)." },
    noMembers: { "\($0) has no members yet." },
    memberHeader: ["Name", "School", "Role", "Taking part"],
    phaseMoved: { "\($0) is now in phase \($1) (since \($2))." },
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
    themeUnreadable: { "Theme \($0) cannot be read: \($1)" }
  )
}
