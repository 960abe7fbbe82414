"""The vocabulary: the ontology's terms as a closed namespace, the namespaces of minted nodes, and prefixes.

``CRM`` mirrors ``ontology/crm.ttl`` term for term (a test checks both directions). Unknown
attributes raise, so a typo in code fails at once instead of minting a stray IRI.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

CRM_IRI = "https://w3id.org/kgraph/crm#"
CONCEPT_IRI = "https://w3id.org/kgraph/concept/"
ENTITY_IRI = "https://w3id.org/kgraph/entity/"
DOC_IRI = "https://w3id.org/kgraph/doc/"
STATEMENT_IRI = "https://w3id.org/kgraph/statement/"
GRAPH_IRI = "https://w3id.org/kgraph/graph/"


class CRM(DefinedNamespace):
    """Core classes, states and relations of SCHEMA.md, plus kgraph's own annotation properties."""

    _NS = Namespace(CRM_IRI)
    _fail = True

    # core classes (SCHEMA.md section 1)
    Customer: URIRef
    ExternalCustomer: URIRef
    InternalCustomer: URIRef
    Consumer: URIRef
    BusinessCustomer: URIRef
    Person: URIRef
    Employee: URIRef
    Manager: URIRef
    Organization: URIRef
    Company: URIRef
    Supplier: URIRef
    PublicOrganization: URIRef
    Hospital: URIRef
    Bank: URIRef
    Shop: URIRef
    Product: URIRef
    Service: URIRef
    CustomerService: URIRef
    CustomerSatisfaction: URIRef
    EmployeeSatisfaction: URIRef
    CustomerLoyalty: URIRef
    CustomerRelationship: URIRef
    CustomerOrientation: URIRef
    CustomerExperience: URIRef
    CustomerBase: URIRef
    Expectation: URIRef
    Need: URIRef
    Quality: URIRef
    ServiceQuality: URIRef
    ProductQuality: URIRef
    Price: URIRef
    Revenue: URIRef
    Profit: URIRef
    Trust: URIRef
    Feedback: URIRef
    Complaint: URIRef
    Recommendation: URIRef
    Competitor: URIRef
    CompetitiveAdvantage: URIRef
    Marketing: URIRef
    Market: URIRef
    Delivery: URIRef
    Patient: URIRef
    Member: URIRef
    Producer: URIRef
    Retailer: URIRef
    Buyer: URIRef
    Guest: URIRef
    Passenger: URIRef

    # states (SCHEMA.md section 2) and their class
    State: URIRef
    Satisfied: URIRef
    Dissatisfied: URIRef
    Loyal: URIRef
    Engaged: URIRef
    Motivated: URIRef
    CustomerOriented: URIRef
    Personal: URIRef
    Good: URIRef
    Poor: URIRef
    Potential: URIRef
    New: URIRef
    Existing: URIRef
    Regular: URIRef
    Private: URIRef
    Public: URIRef

    # core relations (SCHEMA.md section 3; broader and type are skos:broader and rdf:type)
    relatedTo: URIRef
    buys: URIRef
    sells: URIRef
    customerOf: URIRef
    serves: URIRef
    creates: URIRef
    increases: URIRef
    decreases: URIRef
    influences: URIRef
    requires: URIRef
    expects: URIRef
    wants: URIRef
    competesWith: URIRef
    competesFor: URIRef
    partOf: URIRef
    fulfils: URIRef
    uses: URIRef
    worksFor: URIRef

    # kgraph's own properties
    hasState: URIRef
    confidence: URIRef
    negated: URIRef
    extractor: URIRef
    cue: URIRef
    inverseCue: URIRef
    kindLabel: URIRef
    actionLabel: URIRef
    combiningForm: URIRef
    agentOf: URIRef


NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = Namespace("https://schema.org/")

CORE_CLASSES: tuple[str, ...] = (
    "Customer", "ExternalCustomer", "InternalCustomer", "Consumer", "BusinessCustomer", "Person",
    "Employee", "Manager", "Organization", "Company", "Supplier", "PublicOrganization", "Hospital",
    "Bank", "Shop", "Product", "Service", "CustomerService", "CustomerSatisfaction",
    "EmployeeSatisfaction", "CustomerLoyalty", "CustomerRelationship", "CustomerOrientation",
    "CustomerExperience", "CustomerBase", "Expectation", "Need", "Quality", "ServiceQuality",
    "ProductQuality", "Price", "Revenue", "Profit", "Trust", "Feedback", "Complaint",
    "Recommendation", "Competitor", "CompetitiveAdvantage", "Marketing", "Market", "Delivery",
    "Patient", "Member", "Producer", "Retailer", "Buyer", "Guest", "Passenger",
)  # fmt: skip

STATES: tuple[str, ...] = (
    "Satisfied", "Dissatisfied", "Loyal", "Engaged", "Motivated", "CustomerOriented", "Personal",
    "Good", "Poor", "Potential", "New", "Existing", "Regular", "Private", "Public",
)  # fmt: skip

# Relation local names of SCHEMA.md section 3 that live in the crm namespace.
CRM_RELATIONS: tuple[str, ...] = (
    "buys", "sells", "customerOf", "serves", "creates", "increases", "decreases", "influences",
    "requires", "expects", "wants", "competesWith", "competesFor", "partOf", "fulfils", "uses",
    "worksFor",
)  # fmt: skip

# All relation names an assertion may carry: the crm ones plus skos:broader and rdf:type.
RELATIONS: tuple[str, ...] = (*CRM_RELATIONS, "broader", "type")

PREFIXES: dict[str, str] = {
    "crm": CRM_IRI,
    "kgc": CONCEPT_IRI,
    "kge": ENTITY_IRI,
    "kgd": DOC_IRI,
    "kgs": STATEMENT_IRI,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": str(NIF),
    "dcterms": "http://purl.org/dc/terms/",
    "schema": str(SCHEMA),
    "foaf": "http://xmlns.com/foaf/0.1/",
}

LANGUAGES: tuple[str, ...] = ("nb", "sv", "da", "de", "en")
