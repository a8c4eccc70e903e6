//! `tenderlint serve` as a process: work on a document stops when its time is up, and SIGTERM
//! stops the server within seconds whatever it is doing.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BOUNDARY: &str = "tenderlint-serve-boundary";

/// A server process on a free loopback port, killed if a test fails before stopping it.
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(document_timeout: u64) -> Server {
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap_or_else(|e| panic!("{e}"));
    let child = Command::new(env!("CARGO_BIN_EXE_tenderlint"))
        .args(["serve", "--db", ":memory:", "--addr", &addr.to_string()])
        .args(["--document-timeout", &document_timeout.to_string()])
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start the server: {e}"));
    let server = Server { child, addr };
    let started = Instant::now();
    while TcpStream::connect(addr).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server never listened"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    server
}

/// Sends one upload and returns the raw response (or what came before the connection closed).
fn upload(addr: SocketAddr, name: &str, body: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).unwrap_or_else(|e| panic!("{e}"));
    stream.set_read_timeout(Some(Duration::from_secs(120))).ok();
    let mut payload = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\r\n"
    )
    .into_bytes();
    payload.extend_from_slice(body);
    payload.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let head = format!(
        "POST /v1/check HTTP/1.1\r\nHost: {addr}\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        payload.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&payload);
    let mut out = String::new();
    let _ = stream.read_to_string(&mut out);
    out
}

/// CPU time the process has used, in clock ticks (user and system), from /proc.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The command name may hold spaces: the fields that follow it start after the last ')'.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or(Vec::new(), |(_, rest)| rest.split_whitespace().collect());
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    field(11) + field(12)
}

#[test]
fn a_document_out_of_time_is_a_422_and_its_work_stops() {
    let server = start(1);
    let response = upload(
        server.addr,
        "endless.txt",
        crate::endless_sentence(4 << 20).as_bytes(),
    );
    assert!(response.starts_with("HTTP/1.1 422"), "{response}");
    assert!(response.contains(r#""code":"timeout""#), "{response}");
    // The work stopped with the answer: a second later the server is idle.
    std::thread::sleep(Duration::from_millis(1500));
    let before = cpu_ticks(server.child.id());
    assert!(before > 0, "the server's CPU time is read from /proc");
    std::thread::sleep(Duration::from_secs(1));
    let used = cpu_ticks(server.child.id()).saturating_sub(before);
    assert!(
        used < 30,
        "the server used {used} ticks of CPU in the second after the answer"
    );
}

#[cfg(unix)]
#[test]
fn sigterm_stops_a_busy_server_within_seconds() {
    let mut server = start(600);
    let addr = server.addr;
    let client = std::thread::spawn(move || {
        upload(
            addr,
            "endless.txt",
            crate::endless_sentence(4 << 20).as_bytes(),
        )
    });
    // Let the check start before the signal.
    std::thread::sleep(Duration::from_secs(1));
    let signalled = Instant::now();
    let sent = Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .unwrap_or_else(|e| panic!("cannot run kill: {e}"));
    assert!(sent.success());
    loop {
        if let Ok(Some(status)) = server.child.try_wait() {
            assert!(status.success(), "the server stopped with {status}");
            break;
        }
        assert!(
            signalled.elapsed() < Duration::from_secs(5),
            "the server was still running 5 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = client.join();
}
