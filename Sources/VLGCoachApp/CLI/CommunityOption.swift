import ArgumentParser

/// `--community REF`, for every command that works inside one learning community.
struct CommunityOption: ParsableArguments {
  @Option(help: "The community: its name, a unique prefix of it, or its id.")
  var community: String
}
