//! A real DNS server on 127.0.0.1 (UDP, a random port) for the `EMAIL_DOMAIN_CHECK` tests,
//! with a fixed zone: `mx.test` has an MX record, `a-only.test` only an A record,
//! `nomail.test` does not exist (NXDOMAIN), `nullmx.test` has the null MX of RFC 7505,
//! `servfail.test` answers SERVFAIL and `silent.test` never answers. It counts the queries it
//! receives per name, so a test can see the resolver's cache at work.

use hickory_resolver::proto::op::{Message, MessageType, ResponseCode};
use hickory_resolver::proto::rr::rdata::{A, MX, SOA};
use hickory_resolver::proto::rr::{Name, RData, Record, RecordType};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::net::UdpSocket;

pub struct DnsServer {
    pub address: SocketAddr,
    queries: Arc<Mutex<HashMap<String, usize>>>,
    task: tokio::task::JoinHandle<()>,
}

impl DnsServer {
    pub async fn start() -> Self {
        let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let address = socket.local_addr().unwrap();
        let queries = Arc::new(Mutex::new(HashMap::new()));
        let task = tokio::spawn(serve(socket, queries.clone()));
        Self { address, queries, task }
    }

    /// Queries received for `name` (any type), e.g. `"a-only.test."`.
    pub fn queries_for(&self, name: &str) -> usize {
        self.queries.lock().unwrap().get(name).copied().unwrap_or(0)
    }
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(socket: UdpSocket, queries: Arc<Mutex<HashMap<String, usize>>>) {
    let mut buffer = [0u8; 4096];
    loop {
        let Ok((length, from)) = socket.recv_from(&mut buffer).await else { return };
        let Ok(request) = Message::from_vec(&buffer[..length]) else { continue };
        let Some(query) = request.queries.first().cloned() else { continue };
        let name = query.name().to_ascii().to_lowercase();
        *queries.lock().unwrap().entry(name.clone()).or_default() += 1;
        if name == "silent.test." {
            continue;
        }
        let mut response = Message::response(request.metadata.id, request.metadata.op_code);
        response.metadata.message_type = MessageType::Response;
        response.metadata.recursion_desired = request.metadata.recursion_desired;
        response.metadata.recursion_available = true;
        response.add_query(query.clone());
        answer(&mut response, &name, query.query_type());
        let _ = socket.send_to(&response.to_vec().unwrap(), from).await;
    }
}

fn answer(response: &mut Message, name: &str, kind: RecordType) {
    let owner = Name::from_ascii(name).unwrap();
    let record = |data: RData| Record::from_rdata(owner.clone(), 60, data);
    match (name, kind) {
        ("mx.test.", RecordType::MX) => {
            response.add_answer(record(RData::MX(MX::new(10, Name::from_ascii("mail.mx.test.").unwrap()))));
        }
        ("nullmx.test.", RecordType::MX) => {
            response.add_answer(record(RData::MX(MX::new(0, Name::root()))));
        }
        ("a-only.test." | "mx.test.", RecordType::A) => {
            response.add_answer(record(RData::A(A::new(127, 0, 0, 2))));
        }
        ("nomail.test.", _) => {
            response.metadata.response_code = ResponseCode::NXDomain;
            response.add_authority(soa());
        }
        ("servfail.test.", _) => response.metadata.response_code = ResponseCode::ServFail,
        _ => {
            response.add_authority(soa()); // The name exists; no record of this type (NODATA).
        }
    }
}

/// The zone's SOA, sent with negative answers (they are cacheable with it).
fn soa() -> Record {
    let test = Name::from_ascii("test.").unwrap();
    let soa = SOA::new(
        Name::from_ascii("ns.test.").unwrap(),
        Name::from_ascii("hostmaster.test.").unwrap(),
        1,
        3600,
        600,
        86400,
        60,
    );
    Record::from_rdata(test, 60, RData::SOA(soa))
}
