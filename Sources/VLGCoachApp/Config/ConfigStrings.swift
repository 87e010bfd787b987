import CoachCore

/// What is said about a config file that cannot be used as written.
struct ConfigStrings: Sendable {
  let unreadable: @Sendable (_ path: String) -> String
  let unknownSetting: @Sendable (_ path: String, _ key: String) -> String
  let badLanguage: @Sendable (_ path: String, _ value: String) -> String
  let badTheme: @Sendable (_ path: String) -> String
  let badKeys: @Sendable (_ path: String) -> String
  let unknownAction: @Sendable (_ path: String, _ id: String) -> String
  let unknownKey: @Sendable (_ path: String, _ id: String, _ key: String) -> String

  static func forLanguage(_ language: Language) -> ConfigStrings {
    switch language {
    case .nl: dutch
    case .en: english
    }
  }

  static let dutch = ConfigStrings(
    unreadable: {
      "\($0) is geen leesbare property list; vlgcoach gebruikt de standaardinstellingen."
    },
    unknownSetting: { "\($0): de instelling “\($1)” bestaat niet en wordt genegeerd." },
    badLanguage: { "\($0): language “\($1)” moet nl of en zijn; de taal van de omgeving geldt." },
    badTheme: { "\($0): theme moet de naam van een thema zijn; het gewone thema geldt." },
    badKeys: { "\($0): keys moet een dict zijn (actie → toets); de gewone toetsen gelden." },
    unknownAction: {
      "\($0): keys.\($1) is geen actie (zie ? in het programma); de gewone toetsen gelden."
    },
    unknownKey: { path, id, key in
      "\(path): keys.\(id): “\(key)” is geen toets (één teken, of Enter, Esc, Tab, Space, Up, Ctrl-X…); de gewone toets geldt."
    })

  static let english = ConfigStrings(
    unreadable: { "\($0) is not a readable property list; vlgcoach uses the defaults." },
    unknownSetting: { "\($0): there is no setting “\($1)”; it is ignored." },
    badLanguage: {
      "\($0): language “\($1)” must be nl or en; the environment's language is used."
    },
    badTheme: { "\($0): theme must be a theme's name; the usual theme is used." },
    badKeys: { "\($0): keys must be a dict (action → key); the usual keys are used." },
    unknownAction: {
      "\($0): keys.\($1) is not an action (see ? in the program); the usual keys are used."
    },
    unknownKey: { path, id, key in
      "\(path): keys.\(id): “\(key)” is not a key (one character, or Enter, Esc, Tab, Space, Up, Ctrl-X…); the usual key is used."
    })
}
