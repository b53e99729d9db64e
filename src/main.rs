//! The `kiosk` binary.

fn main() -> std::process::ExitCode {
    skills_kiosk::cli::main()
}
