/// A form value that breaks no domain rule but cannot be used (empty where text is needed):
/// its sentence is shown in the form, which stays open.
struct FormInputError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
