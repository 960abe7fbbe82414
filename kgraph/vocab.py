"""The vocabulary: the ontology's terms as a closed namespace, the namespaces of minted nodes, and prefixes.

``CRM`` mirrors ``ontology/crm.ttl`` term for term (a test checks both directions). Unknown
attributes raise, so a typo in code fails at once instead of minting a stray IRI.
"""

from __future__ import annotations

from rdflib import Namespace
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
    Customer: object
    ExternalCustomer: object
    InternalCustomer: object
    Consumer: object
    BusinessCustomer: object
    Person: object
    Employee: object
    Manager: object
    Organization: object
    Company: object
    Supplier: object
    PublicOrganization: object
    Hospital: object
    Bank: object
    Shop: object
    Product: object
    Service: object
    CustomerService: object
    CustomerSatisfaction: object
    EmployeeSatisfaction: object
    CustomerLoyalty: object
    CustomerRelationship: object
    CustomerOrientation: object
    CustomerExperience: object
    CustomerBase: object
    Expectation: object
    Need: object
    Quality: object
    ServiceQuality: object
    ProductQuality: object
    Price: object
    Revenue: object
    Profit: object
    Trust: object
    Feedback: object
    Complaint: object
    Recommendation: object
    Competitor: object
    CompetitiveAdvantage: object
    Marketing: object
    Market: object
    Delivery: object
    Patient: object
    Member: object
    Producer: object
    Retailer: object
    Buyer: object
    Guest: object
    Passenger: object

    # states (SCHEMA.md section 2) and their class
    State: object
    Satisfied: object
    Dissatisfied: object
    Loyal: object
    Engaged: object
    Motivated: object
    CustomerOriented: object
    Personal: object
    Good: object
    Poor: object
    Potential: object
    New: object
    Existing: object
    Regular: object
    Private: object
    Public: object

    # core relations (SCHEMA.md section 3; broader and type are skos:broader and rdf:type)
    relatedTo: object
    buys: object
    sells: object
    customerOf: object
    serves: object
    creates: object
    increases: object
    decreases: object
    influences: object
    requires: object
    expects: object
    wants: object
    competesWith: object
    competesFor: object
    partOf: object
    fulfils: object
    uses: object
    worksFor: object

    # kgraph's own properties
    hasState: object
    confidence: object
    negated: object
    extractor: object
    cue: object
    inverseCue: object
    kindLabel: object
    actionLabel: object
    combiningForm: object
    agentOf: object


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
