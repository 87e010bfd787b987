extension CLIStrings {
  static let dutch = CLIStrings(
    addedCommunity: { "Leergemeenschap “\($0)” toegevoegd (fase 1)." },
    noCommunities: "Nog geen leergemeenschappen.",
    communityHeader: ["Naam", "Fase", "Leden", "Vak"],
    phaseCell: { "fase \($0)" },
    addedMember: { "“\($0)” toegevoegd aan \($1)." },
    noMembers: { "\($0) heeft nog geen leden." },
    memberHeader: ["Naam", "School", "Rol", "Deelname"],
    phaseMoved: { "\($0) zit nu in fase \($1) (sinds \($2))." },
    healthyStore: { path, count in
      "De opslag in \(path) is gezond: "
        + (count == 1 ? "1 leergemeenschap." : "\(count) leergemeenschappen.")
    },
    invalidLanguage: { "--lang is nl of en, niet “\($0)”." },
    storeInUse: { pid in
      "vlgcoach is open\(pid.map { " (proces \($0))" } ?? ""); sluit het en probeer opnieuw."
    },
    needsTerminal:
      "vlgcoach heeft een terminal nodig. Gebruik in scripts de subcommando's, bv. vlgcoach community list.",
    cannotStartTerminal: { "De terminal kan niet gestart worden: \($0)." },
    themeNotFound: { name, available in
      "Thema “\(name)” niet gevonden. Beschikbaar: \(available.joined(separator: ", "))."
    },
    themeUnreadable: { "Thema \($0) is onleesbaar: \($1)" }
  )
}
