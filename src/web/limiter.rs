//! When a miss (a link that does not work) is answered: one address's slowed misses
//! one after the other, all addresses together on one line past a budget, never a
//! valid token. Bounded, and never wiped to make room.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Misses an address may make within [`MISS_WINDOW`] before its misses are slowed.
const FREE_MISSES: u32 = 10;
/// Misses everybody together may make within [`MISS_WINDOW`] before all are slowed.
const FREE_MISSES_OVERALL: u32 = 200;
/// After this long without a miss an address starts afresh.
const MISS_WINDOW: Duration = Duration::from_secs(10 * 60);
/// The first delay of a slowed miss; it doubles with every further miss.
const FIRST_DELAY: Duration = Duration::from_millis(100);
/// Longest wait put on one miss.
const MAX_DELAY: Duration = Duration::from_secs(10);
/// Spacing of slowed misses over all addresses together.
const OVERALL_SPACING: Duration = Duration::from_millis(50);
/// Most addresses remembered; beyond, new addresses count only overall.
const MAX_TRACKED: usize = 10_000;

/// Who a miss is counted against: the address, or for IPv6 its /64 network (one
/// machine commonly holds a whole /64).
pub(crate) fn miss_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

/// Misses of one address.
#[derive(Debug, Clone, Copy)]
struct MissCount {
    count: u32,
    last: Instant,
    /// The earliest moment its next slowed miss may be answered.
    next_release: Instant,
}

/// When misses are answered. Slowed misses of one address are answered one after
/// the other, `delay` apart, however many arrive at once; past the overall budget
/// every miss also waits its turn on one line for all addresses. The table is
/// bounded and is never wiped to make room.
pub(crate) struct Limiter {
    by_address: HashMap<IpAddr, MissCount>,
    overall: MissCount,
}

impl Limiter {
    pub(crate) fn new(now: Instant) -> Self {
        Self {
            by_address: HashMap::new(),
            overall: MissCount {
                count: 0,
                last: now,
                next_release: now,
            },
        }
    }

    /// Counts a miss from `ip` at `now`; returns when it may be answered.
    pub(crate) fn miss(&mut self, ip: IpAddr, now: Instant) -> Instant {
        let key = miss_key(ip);
        if !self.by_address.contains_key(&key) && self.by_address.len() >= MAX_TRACKED {
            self.by_address
                .retain(|_, m| now.duration_since(m.last) < MISS_WINDOW || m.next_release > now);
        }
        let mut release = now;
        let tracked = self.by_address.len() < MAX_TRACKED || self.by_address.contains_key(&key);
        if tracked {
            let entry = self.by_address.entry(key).or_insert(MissCount {
                count: 0,
                last: now,
                next_release: now,
            });
            release = release.max(Self::count(entry, FREE_MISSES, FIRST_DELAY, now));
            if entry.count == FREE_MISSES + 1 {
                tracing::warn!("many unknown portfolio links from one address; slowing it down");
            }
        }
        let overall_free = if tracked { FREE_MISSES_OVERALL } else { 0 };
        let overall = &mut self.overall;
        if now.duration_since(overall.last) >= MISS_WINDOW {
            overall.count = 0;
        }
        overall.count += 1;
        overall.last = now;
        if overall.count > overall_free {
            let at = overall.next_release.max(release) + OVERALL_SPACING;
            overall.next_release = at;
            release = release.max(at);
        }
        // No miss is held longer than this: a held answer holds a connection.
        release.min(now + MAX_DELAY * 3)
    }

    fn count(entry: &mut MissCount, free: u32, first: Duration, now: Instant) -> Instant {
        if now.duration_since(entry.last) >= MISS_WINDOW && entry.next_release <= now {
            entry.count = 0;
        }
        entry.count += 1;
        entry.last = now;
        if entry.count <= free {
            return now;
        }
        let steps = (entry.count - free - 1).min(16);
        let delay = (first * 2u32.pow(steps)).min(MAX_DELAY);
        let at = entry.next_release.max(now) + delay;
        entry.next_release = at;
        at
    }

    /// Addresses remembered.
    #[cfg(test)]
    fn tracked(&self) -> usize {
        self.by_address.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(n: u32) -> IpAddr {
        IpAddr::V4(std::net::Ipv4Addr::from(0x0a00_0000 + n))
    }

    #[test]
    fn misses_of_one_address_are_answered_one_after_the_other_and_it_recovers() {
        let t = Instant::now();
        let mut l = Limiter::new(t);
        for _ in 0..FREE_MISSES {
            assert_eq!(l.miss(ip(7), t), t);
        }
        // 100 misses at the same moment (in parallel) are answered in a row,
        // each at least the growing delay after the one before.
        let releases: Vec<Instant> = (0..100).map(|_| l.miss(ip(7), t)).collect();
        assert_eq!(releases[0], t + FIRST_DELAY);
        assert_eq!(releases[1], t + FIRST_DELAY * 3);
        for pair in releases.windows(2) {
            assert!(pair[1] >= pair[0]);
            // One after the other, until the longest wait any miss is held.
            assert!(pair[1] > pair[0] || pair[1] == t + MAX_DELAY * 3);
        }
        assert_eq!(*releases.last().unwrap(), t + MAX_DELAY * 3);
        // Another address is not slowed by that one …
        assert_eq!(l.miss(ip(8), t), t);
        // … and the slowed one recovers after a quiet window.
        let later = t + MISS_WINDOW * 2;
        assert_eq!(l.miss(ip(7), later), later);
    }

    #[test]
    fn many_addresses_cannot_wipe_the_table_and_are_slowed_together() {
        let t = Instant::now();
        let mut l = Limiter::new(t);
        for _ in 0..=FREE_MISSES {
            l.miss(ip(1), t);
        }
        for n in 2..(MAX_TRACKED as u32 + 2_000) {
            l.miss(ip(n), t);
        }
        assert!(l.tracked() <= MAX_TRACKED, "bounded");
        // The first address is still remembered and still slowed.
        assert!(l.miss(ip(1), t) > t);
        // Past the overall budget every miss waits its turn, new addresses too.
        assert!(l.miss(ip(999_999), t) > t);
    }

    #[test]
    fn an_ipv6_network_counts_as_one_address() {
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        assert_eq!(miss_key(a), miss_key(b));
        let t = Instant::now();
        let mut l = Limiter::new(t);
        for _ in 0..FREE_MISSES {
            l.miss(a, t);
        }
        assert!(l.miss(b, t) > t);
    }
}
