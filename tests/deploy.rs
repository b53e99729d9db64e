//! The systemd unit: `systemd-analyze verify` is clean and the exposure score is at
//! most 2.0, checked by `tests/systemd_unit.sh` (which `.ci/run` gives its tools).

use std::process::Command;

#[test]
fn kiosk_service_verifies_and_is_hardened() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("bash")
        .arg(format!("{root}/tests/systemd_unit.sh"))
        .current_dir(root)
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the unit check failed (is systemd-analyze installed?)\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("0 failed"), "{stdout}");
}
