import ArgumentParser

/// `--community REF`, for every command that works inside one learning community.
struct CommunityOption: ParsableArguments {
  @Option(help: "The community: its name, a unique prefix of it or of one of its words, or its id.")
  var community: String
}

/// `[--community REF]`, for a command that works across all communities without it.
struct OptionalCommunityOption: ParsableArguments {
  @Option(
    help: "Only this community: its name, a unique prefix of it or of one of its words, or its id.")
  var community: String?
}
