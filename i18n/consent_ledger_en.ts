<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Article17View</name>
    <message>
        <source>PIPL Article 17: before processing your personal information, the handler must tell you, conspicuously and in clear language, truthfully, accurately and completely: who it is and how to contact it; the purposes and methods of processing, the kinds of personal information and how long they are kept; and how you can exercise your rights.</source>
        <translation>PIPL Article 17: before processing your personal information, the handler must tell you, conspicuously and in clear language, truthfully, accurately and completely: who it is and how to contact it; the purposes and methods of processing, the kinds of personal information and how long they are kept; and how you can exercise your rights.</translation>
    </message>
    <message>
        <source>PIPL Article 17 check</source>
        <translation>PIPL Article 17 check</translation>
    </message>
    <message>
        <source>What the notice must tell you</source>
        <translation>What the notice must tell you</translation>
    </message>
    <message>
        <source>Told?</source>
        <translation>Told?</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Show c&amp;lauses</source>
        <translation>Show c&amp;lauses</translation>
    </message>
    <message>
        <source>Ask for an e&amp;xplanation…</source>
        <translation>Ask for an e&amp;xplanation…</translation>
    </message>
    <message>
        <source>Write a request asking the handler to explain its processing rules (PIPL Art. 48).</source>
        <translation>Write a request asking the handler to explain its processing rules (PIPL Art. 48).</translation>
    </message>
    <message>
        <source>No notice yet.</source>
        <translation>No notice yet.</translation>
    </message>
    <message>
        <source>told</source>
        <translation>told</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Not told: {items}. A notice that leaves out what Art. 17 requires is itself a finding of the self-audit. You may ask the handler to explain its processing rules (PIPL Art. 48).</source>
        <translation>Not told: {items}. A notice that leaves out what Art. 17 requires is itself a finding of the self-audit. You may ask the handler to explain its processing rules (PIPL Art. 48).</translation>
    </message>
    <message>
        <source>The notice tells all six things Art. 17 requires. Whether what it tells is true and complete, only the handler can answer.</source>
        <translation>The notice tells all six things Art. 17 requires. Whether what it tells is true and complete, only the handler can answer.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Findings per service</source>
        <translation>Findings per service</translation>
    </message>
    <message>
        <source>Service, reasons and next steps</source>
        <translation>Service, reasons and next steps</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Press Enter on a next step to act on it.</source>
        <translation>Press Enter on a next step to act on it.</translation>
    </message>
    <message>
        <source>Save the &amp;report…</source>
        <translation>Save the &amp;report…</translation>
    </message>
    <message>
        <source>Overall: {tier}. {services} services: {high} high, {medium} medium, {low} low risk.</source>
        <translation>Overall: {tier}. {services} services: {high} high, {medium} medium, {low} low risk.</translation>
    </message>
    <message>
        <source>No services yet.</source>
        <translation>No services yet.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Save the audit report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Web page (*.html)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysing…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Add a service from the catalogue</source>
        <translation>Add a service from the catalogue</translation>
    </message>
    <message>
        <source>Search by name or provider</source>
        <translation>Search by name or provider</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <source>Services in the catalogue</source>
        <translation>Services in the catalogue</translation>
    </message>
    <message>
        <source>Facts and their sources</source>
        <translation>Facts and their sources</translation>
    </message>
    <message>
        <source>&amp;Add to my register</source>
        <translation>&amp;Add to my register</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation>Privacy e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Rights request page</source>
        <translation>Rights request page</translation>
    </message>
    <message>
        <source>Account deletion page</source>
        <translation>Account deletion page</translation>
    </message>
    <message>
        <source>unknown: fill it in yourself</source>
        <translation>unknown: fill it in yourself</translation>
    </message>
    <message>
        <source>Source ({confidence}): {origin}</source>
        <translation>Source ({confidence}): {origin}</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>New purpose: {value}</source>
        <translation>New purpose: {value}</translation>
    </message>
    <message>
        <source>Purpose no longer listed: {value}</source>
        <translation>Purpose no longer listed: {value}</translation>
    </message>
    <message>
        <source>Newly collected: {value}</source>
        <translation>Newly collected: {value}</translation>
    </message>
    <message>
        <source>No longer listed as collected: {value}</source>
        <translation>No longer listed as collected: {value}</translation>
    </message>
    <message>
        <source>New sensitive information: {value}</source>
        <translation>New sensitive information: {value}</translation>
    </message>
    <message>
        <source>Sensitive information no longer listed: {value}</source>
        <translation>Sensitive information no longer listed: {value}</translation>
    </message>
    <message>
        <source>New way of processing: {value}</source>
        <translation>New way of processing: {value}</translation>
    </message>
    <message>
        <source>Way of processing no longer listed: {value}</source>
        <translation>Way of processing no longer listed: {value}</translation>
    </message>
    <message>
        <source>Right now described: {value}</source>
        <translation>Right now described: {value}</translation>
    </message>
    <message>
        <source>Right no longer described: {value}</source>
        <translation>Right no longer described: {value}</translation>
    </message>
    <message>
        <source>Training AI models on your content: {old} → {new}</source>
        <translation>Training AI models on your content: {old} → {new}</translation>
    </message>
    <message>
        <source>Opt-out from training: {old} → {new}</source>
        <translation>Opt-out from training: {old} → {new}</translation>
    </message>
    <message>
        <source>Cross-border transfer: {old} → {new}</source>
        <translation>Cross-border transfer: {old} → {new}</translation>
    </message>
    <message>
        <source>A retention period is now stated</source>
        <translation>A retention period is now stated</translation>
    </message>
    <message>
        <source>Retention period no longer stated</source>
        <translation>Retention period no longer stated</translation>
    </message>
    <message>
        <source>New retention period: {value}</source>
        <translation>New retention period: {value}</translation>
    </message>
    <message>
        <source>Retention period removed: {value}</source>
        <translation>Retention period removed: {value}</translation>
    </message>
    <message>
        <source>Sharing ({what}): {old} → {new}</source>
        <translation>Sharing ({what}): {old} → {new}</translation>
    </message>
    <message>
        <source>Automated decisions: {old} → {new}</source>
        <translation>Automated decisions: {old} → {new}</translation>
    </message>
    <message>
        <source>Provisions for minors: {old} → {new}</source>
        <translation>Provisions for minors: {old} → {new}</translation>
    </message>
    <message>
        <source>Minimum age: {old} → {new}</source>
        <translation>Minimum age: {old} → {new}</translation>
    </message>
    <message>
        <source>New contact e-mail: {value}</source>
        <translation>New contact e-mail: {value}</translation>
    </message>
    <message>
        <source>Contact e-mail removed: {value}</source>
        <translation>Contact e-mail removed: {value}</translation>
    </message>
    <message>
        <source>Handler named: {value}</source>
        <translation>Handler named: {value}</translation>
    </message>
    <message>
        <source>Handler no longer named: {value}</source>
        <translation>Handler no longer named: {value}</translation>
    </message>
    <message>
        <source>PIPL Art. 17 item now missing: {value}</source>
        <translation>PIPL Art. 17 item now missing: {value}</translation>
    </message>
    <message>
        <source>PIPL Art. 17 item now present: {value}</source>
        <translation>PIPL Art. 17 item now present: {value}</translation>
    </message>
    <message>
        <source>Effective date: {old} → {new}</source>
        <translation>Effective date: {old} → {new}</translation>
    </message>
    <message>
        <source>Language: {old} → {new}</source>
        <translation>Language: {old} → {new}</translation>
    </message>
    <message>
        <source>third parties</source>
        <translation>third parties</translation>
    </message>
    <message>
        <source>entrusted processors</source>
        <translation>entrusted processors</translation>
    </message>
    <message>
        <source>public disclosure</source>
        <translation>public disclosure</translation>
    </message>
    <message>
        <source>Changed: {field}</source>
        <translation>Changed: {field}</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Compare from version</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Compare to version</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Changes between the versions</translation>
    </message>
    <message>
        <source>Version {number} ({date})</source>
        <translation>Version {number} ({date})</translation>
    </message>
    <message>
        <source>Only one version so far. When the notice changes, fetch or import it again and the changes appear here.</source>
        <translation>Only one version so far. When the notice changes, fetch or import it again and the changes appear here.</translation>
    </message>
    <message>
        <source>Version {a} → version {b}</source>
        <translation>Version {a} → version {b}</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>The two versions have the same text.</translation>
    </message>
    <message>
        <source>What changed in plain terms</source>
        <translation>What changed in plain terms</translation>
    </message>
    <message>
        <source>No change in the terms.</source>
        <translation>No change in the terms.</translation>
    </message>
    <message>
        <source>Clauses: {added} added, {removed} removed, {changed} changed</source>
        <translation>Clauses: {added} added, {removed} removed, {changed} changed</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>That cannot be done this way: {message}</source>
        <translation>That cannot be done this way: {message}</translation>
    </message>
    <message>
        <source>The vault could not be opened: wrong passphrase or key, key missing from the keyring, or the file is damaged.</source>
        <translation>The vault could not be opened: wrong passphrase or key, key missing from the keyring, or the file is damaged.</translation>
    </message>
    <message>
        <source>Not found: {message}</source>
        <translation>Not found: {message}</translation>
    </message>
    <message>
        <source>The notice could not be fetched: {message}</source>
        <translation>The notice could not be fetched: {message}</translation>
    </message>
    <message>
        <source>The input could not be used: {message}</source>
        <translation>The input could not be used: {message}</translation>
    </message>
    <message>
        <source>This conflicts with what is already there: {message}</source>
        <translation>This conflicts with what is already there: {message}</translation>
    </message>
    <message>
        <source>The computer refused the operation (disk full, read-only or in use): {message}</source>
        <translation>The computer refused the operation (disk full, read-only or in use): {message}</translation>
    </message>
    <message>
        <source>No usable OS keyring was found on this computer. Choose a passphrase instead.</source>
        <translation>No usable OS keyring was found on this computer. Choose a passphrase instead.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Please enter the passphrase.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {min} characters.</source>
        <translation>The passphrase is too short: use at least {min} characters.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder.</source>
        <translation>A vault already exists in this folder.</translation>
    </message>
    <message>
        <source>There is no vault in this folder yet.</source>
        <translation>There is no vault in this folder yet.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Consent Ledger. Please update the app.</source>
        <translation>This vault was written by a newer version of Consent Ledger. Please update the app.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The letters could not be made into PDF files, so no bundle was written: {message}</source>
        <translation>The letters could not be made into PDF files, so no bundle was written: {message}</translation>
    </message>
    <message>
        <source>Could not complete: {message}</source>
        <translation>Could not complete: {message}</translation>
    </message>
    <message>
        <source>The computer refused the operation: {message}</source>
        <translation>The computer refused the operation: {message}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({name}). Details are in the log: {log}</source>
        <translation>Something unexpected went wrong ({name}). Details are in the log: {log}</translation>
    </message>
    <message>
        <source>the log folder</source>
        <translation>the log folder</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Record what happened</source>
        <translation>Record what happened</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Attach a file…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Attachment:</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Consent Ledger</source>
        <translation>Welcome to Consent Ledger</translation>
    </message>
    <message>
        <source>Your register of AI services is kept in an encrypted vault on this computer. Nothing leaves it unless you export or send something. Choose where the vault&apos;s key is kept:</source>
        <translation>Your register of AI services is kept in an encrypted vault on this computer. Nothing leaves it unless you export or send something. Choose where the vault&apos;s key is kept:</translation>
    </message>
    <message>
        <source>Where the key is kept</source>
        <translation>Where the key is kept</translation>
    </message>
    <message>
        <source>In the system keyring (recommended)</source>
        <translation>In the system keyring (recommended)</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring</source>
        <translation>Keep the key in the system keyring</translation>
    </message>
    <message>
        <source>A random key is stored in your operating system&apos;s keyring, which unlocks when you log in. You will not have to type anything. Anyone who can use your login session can open the vault.</source>
        <translation>A random key is stored in your operating system&apos;s keyring, which unlocks when you log in. You will not have to type anything. Anyone who can use your login session can open the vault.</translation>
    </message>
    <message>
        <source>With a passphrase I type</source>
        <translation>With a passphrase I type</translation>
    </message>
    <message>
        <source>Protect the vault with a passphrase</source>
        <translation>Protect the vault with a passphrase</translation>
    </message>
    <message>
        <source>You type a passphrase each time you open the app. Nobody can open the vault without it, and neither can you: if you forget it, the data cannot be recovered.</source>
        <translation>You type a passphrase each time you open the app. Nobody can open the vault without it, and neither can you: if you forget it, the data cannot be recovered.</translation>
    </message>
    <message>
        <source>No usable system keyring was found on this computer, so a passphrase is needed.</source>
        <translation>No usable system keyring was found on this computer, so a passphrase is needed.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>contact details</source>
        <translation>contact details</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>ID documents</translation>
    </message>
    <message>
        <source>prompts and conversations</source>
        <translation>prompts and conversations</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voice</translation>
    </message>
    <message>
        <source>biometrics (face, fingerprint, voiceprint)</source>
        <translation>biometrics (face, fingerprint, voiceprint)</translation>
    </message>
    <message>
        <source>device information</source>
        <translation>device information</translation>
    </message>
    <message>
        <source>usage logs and IP address</source>
        <translation>usage logs and IP address</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>payment and financial data</source>
        <translation>payment and financial data</translation>
    </message>
    <message>
        <source>address book and social data</source>
        <translation>address book and social data</translation>
    </message>
    <message>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <source>religious belief</source>
        <translation>religious belief</translation>
    </message>
    <message>
        <source>specific identity</source>
        <translation>specific identity</translation>
    </message>
    <message>
        <source>financial accounts</source>
        <translation>financial accounts</translation>
    </message>
    <message>
        <source>whereabouts</source>
        <translation>whereabouts</translation>
    </message>
    <message>
        <source>data of children under 14</source>
        <translation>data of children under 14</translation>
    </message>
    <message>
        <source>providing the service</source>
        <translation>providing the service</translation>
    </message>
    <message>
        <source>account management</source>
        <translation>account management</translation>
    </message>
    <message>
        <source>security</source>
        <translation>security</translation>
    </message>
    <message>
        <source>training AI models</source>
        <translation>training AI models</translation>
    </message>
    <message>
        <source>personalisation</source>
        <translation>personalisation</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analytics</translation>
    </message>
    <message>
        <source>legal obligations</source>
        <translation>legal obligations</translation>
    </message>
    <message>
        <source>customer support</source>
        <translation>customer support</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>research</source>
        <translation>research</translation>
    </message>
    <message>
        <source>collect</source>
        <translation>collect</translation>
    </message>
    <message>
        <source>store</source>
        <translation>store</translation>
    </message>
    <message>
        <source>use</source>
        <translation>use</translation>
    </message>
    <message>
        <source>process</source>
        <translation>process</translation>
    </message>
    <message>
        <source>transmit</source>
        <translation>transmit</translation>
    </message>
    <message>
        <source>provide to others</source>
        <translation>provide to others</translation>
    </message>
    <message>
        <source>disclose publicly</source>
        <translation>disclose publicly</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>entrust to processors</source>
        <translation>entrust to processors</translation>
    </message>
    <message>
        <source>transfer abroad</source>
        <translation>transfer abroad</translation>
    </message>
    <message>
        <source>automated decisions</source>
        <translation>automated decisions</translation>
    </message>
    <message>
        <source>de-identify</source>
        <translation>de-identify</translation>
    </message>
    <message>
        <source>access</source>
        <translation>access</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>portability</source>
        <translation>portability</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>withdraw consent</source>
        <translation>withdraw consent</translation>
    </message>
    <message>
        <source>close the account</source>
        <translation>close the account</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>restrict or object</source>
        <translation>restrict or object</translation>
    </message>
    <message>
        <source>complain to a regulator or court</source>
        <translation>complain to a regulator or court</translation>
    </message>
    <message>
        <source>Access my data</source>
        <translation>Access my data</translation>
    </message>
    <message>
        <source>Copy of my data</source>
        <translation>Copy of my data</translation>
    </message>
    <message>
        <source>Transfer my data (portability)</source>
        <translation>Transfer my data (portability)</translation>
    </message>
    <message>
        <source>Correct my data</source>
        <translation>Correct my data</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Delete my data</translation>
    </message>
    <message>
        <source>Explain the processing rules</source>
        <translation>Explain the processing rules</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Refuse automated decisions</source>
        <translation>Refuse automated decisions</translation>
    </message>
    <message>
        <source>Restrict or refuse processing</source>
        <translation>Restrict or refuse processing</translation>
    </message>
    <message>
        <source>Close my account</source>
        <translation>Close my account</translation>
    </message>
    <message>
        <source>drafted</source>
        <translation>drafted</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>action required</source>
        <translation>action required</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>fulfilled</translation>
    </message>
    <message>
        <source>partially fulfilled</source>
        <translation>partially fulfilled</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>partially answered</source>
        <translation>partially answered</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>extended</translation>
    </message>
    <message>
        <source>reminder sent</source>
        <translation>reminder sent</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renewed</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation>invalidated</translation>
    </message>
    <message>
        <source>for myself</source>
        <translation>for myself</translation>
    </message>
    <message>
        <source>as guardian of a child under 14</source>
        <translation>as guardian of a child under 14</translation>
    </message>
    <message>
        <source>as close relative of a deceased person</source>
        <translation>as close relative of a deceased person</translation>
    </message>
    <message>
        <source>who the handler is and how to contact them</source>
        <translation>who the handler is and how to contact them</translation>
    </message>
    <message>
        <source>purposes of processing</source>
        <translation>purposes of processing</translation>
    </message>
    <message>
        <source>methods of processing</source>
        <translation>methods of processing</translation>
    </message>
    <message>
        <source>categories of personal information</source>
        <translation>categories of personal information</translation>
    </message>
    <message>
        <source>how long it is kept</source>
        <translation>how long it is kept</translation>
    </message>
    <message>
        <source>how to exercise your rights</source>
        <translation>how to exercise your rights</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>collection</translation>
    </message>
    <message>
        <source>sharing</source>
        <translation>sharing</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>retention</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>rights</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>policy changes</source>
        <translation>policy changes</translation>
    </message>
    <message>
        <source>Do Not Track</source>
        <translation>Do Not Track</translation>
    </message>
    <message>
        <source>specific audiences</source>
        <translation>specific audiences</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>cross-border transfer</source>
        <translation>cross-border transfer</translation>
    </message>
    <message>
        <source>model training</source>
        <translation>model training</translation>
    </message>
    <message>
        <source>cookies</source>
        <translation>cookies</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>high risk</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>medium risk</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>low risk</translation>
    </message>
    <message>
        <source>mainland China</source>
        <translation>mainland China</translation>
    </message>
    <message>
        <source>international</source>
        <translation>international</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>a common benchmark, not a statutory deadline</source>
        <translation>a common benchmark, not a statutory deadline</translation>
    </message>
    <message>
        <source>the reply period you asked for</source>
        <translation>the reply period you asked for</translation>
    </message>
    <message>
        <source>the time limit the service publishes</source>
        <translation>the time limit the service publishes</translation>
    </message>
    <message>
        <source>holidays after the calendar&apos;s last year are not counted</source>
        <translation>holidays after the calendar&apos;s last year are not counted</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <source>the purpose has been achieved, cannot be achieved or is no longer needed</source>
        <translation>the purpose has been achieved, cannot be achieved or is no longer needed</translation>
    </message>
    <message>
        <source>the service stopped or the retention period ended</source>
        <translation>the service stopped or the retention period ended</translation>
    </message>
    <message>
        <source>I withdraw my consent</source>
        <translation>I withdraw my consent</translation>
    </message>
    <message>
        <source>the processing breaks the law or our agreement</source>
        <translation>the processing breaks the law or our agreement</translation>
    </message>
    <message>
        <source>another case set by law</source>
        <translation>another case set by law</translation>
    </message>
    <message>
        <source>Write a request</source>
        <translation>Write a request</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>Chinese and English</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>benchmark</translation>
    </message>
    <message>
        <source>PIPL sets no number of days. Leave at “benchmark” to ask for a reply within the usual benchmark (15 working days or 30 days), or choose your own number.</source>
        <translation>PIPL sets no number of days. Leave at “benchmark” to ask for a reply within the usual benchmark (15 working days or 30 days), or choose your own number.</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Request:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Writing:</source>
        <translation>&amp;Writing:</translation>
    </message>
    <message>
        <source>Ask for a reply &amp;within (days):</source>
        <translation>Ask for a reply &amp;within (days):</translation>
    </message>
    <message>
        <source>Why the data must be deleted (PIPL Art. 47)</source>
        <translation>Why the data must be deleted (PIPL Art. 47)</translation>
    </message>
    <message>
        <source>Which data</source>
        <translation>Which data</translation>
    </message>
    <message>
        <source>e.g. using my conversations to train models</source>
        <translation>e.g. using my conversations to train models</translation>
    </message>
    <message>
        <source>Processing to stop</source>
        <translation>Processing to stop</translation>
    </message>
    <message>
        <source>&amp;Processing to stop:</source>
        <translation>&amp;Processing to stop:</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;e-mail…</source>
        <translation>Save as &amp;e-mail…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Mark as sent</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Write a request to {service}</source>
        <translation>Write a request to {service}</translation>
    </message>
    <message>
        <source>This request is already saved; changes here make a new request.</source>
        <translation>This request is already saved; changes here make a new request.</translation>
    </message>
    <message>
        <source>no e-mail address known: add one to the service, or use its web form</source>
        <translation>no e-mail address known: add one to the service, or use its web form</translation>
    </message>
    <message>
        <source>To: {to}
Subject: {subject}</source>
        <translation>To: {to}
Subject: {subject}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>The letter is on the clipboard.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Record that you sent this letter today? The letter is then kept exactly as sent, and the reply date starts counting.</source>
        <translation>Record that you sent this letter today? The letter is then kept exactly as sent, and the reply date starts counting.</translation>
    </message>
    <message>
        <source>Sent. Reply expected by {due} ({basis}).</source>
        <translation>Sent. Reply expected by {due} ({basis}).</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Sent.</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Complaint to the regulator</source>
        <translation>Complaint to the regulator</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;e-mail…</source>
        <translation>Save as &amp;e-mail…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>To: {to}
Subject: {subject}</source>
        <translation>To: {to}
Subject: {subject}</translation>
    </message>
    <message>
        <source>This is the letter exactly as you sent it.</source>
        <translation>This is the letter exactly as you sent it.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>The letter is on the clipboard.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consent Ledger</source>
        <translation>Consent Ledger</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Consent Ledger</source>
        <translation>&amp;About Consent Ledger</translation>
    </message>
    <message>
        <source>About Consent Ledger</source>
        <translation>About Consent Ledger</translation>
    </message>
    <message>
        <source>Consent Ledger {version}
An encrypted, offline register of the personal information you gave to AI services.</source>
        <translation>Consent Ledger {version}
An encrypted, offline register of the personal information you gave to AI services.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Locked.</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <source>What the notice says</source>
        <translation>What the notice says</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Terms of the notice</source>
        <translation>Terms of the notice</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Text of the notice</translation>
    </message>
    <message>
        <source>No notice yet. Import the privacy notice from a file, fetch it from its web address, or drop a file or link here.</source>
        <translation>No notice yet. Import the privacy notice from a file, fetch it from its web address, or drop a file or link here.</translation>
    </message>
    <message>
        <source>Version {number}, {source}, retrieved {date}</source>
        <translation>Version {number}, {source}, retrieved {date}</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Personal information collected</source>
        <translation>Personal information collected</translation>
    </message>
    <message>
        <source>Sensitive personal information (PIPL Art. 28)</source>
        <translation>Sensitive personal information (PIPL Art. 28)</translation>
    </message>
    <message>
        <source>Ways of processing (PIPL Art. 4)</source>
        <translation>Ways of processing (PIPL Art. 4)</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>stated: {periods}</source>
        <translation>stated: {periods}</translation>
    </message>
    <message>
        <source>no concrete period stated</source>
        <translation>no concrete period stated</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>with third parties: {value}</source>
        <translation>with third parties: {value}</translation>
    </message>
    <message>
        <source>with entrusted processors: {value}</source>
        <translation>with entrusted processors: {value}</translation>
    </message>
    <message>
        <source>public disclosure: {value}</source>
        <translation>public disclosure: {value}</translation>
    </message>
    <message>
        <source>Cross-border transfer</source>
        <translation>Cross-border transfer</translation>
    </message>
    <message>
        <source>Your content used to train AI models</source>
        <translation>Your content used to train AI models</translation>
    </message>
    <message>
        <source>opt-out described</source>
        <translation>opt-out described</translation>
    </message>
    <message>
        <source>no opt-out described</source>
        <translation>no opt-out described</translation>
    </message>
    <message>
        <source>Automated decisions and profiling</source>
        <translation>Automated decisions and profiling</translation>
    </message>
    <message>
        <source>Children and minors</source>
        <translation>Children and minors</translation>
    </message>
    <message>
        <source>minimum age {age}</source>
        <translation>minimum age {age}</translation>
    </message>
    <message>
        <source>Who is responsible, and contacts</source>
        <translation>Who is responsible, and contacts</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Data I gave</source>
        <translation>Data I gave</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record data &amp;given…</source>
        <translation>Record data &amp;given…</translation>
    </message>
    <message>
        <source>My consents</source>
        <translation>My consents</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>Notice version</translation>
    </message>
    <message>
        <source>Record a &amp;consent…</source>
        <translation>Record a &amp;consent…</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected consent</source>
        <translation>&amp;Withdraw selected consent</translation>
    </message>
    <message>
        <source>v{n}</source>
        <translation>v{n}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>notice changed since</source>
        <translation>notice changed since</translation>
    </message>
    <message>
        <source>Record data given</source>
        <translation>Record data given</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Select a consent first.</source>
        <translation>Select a consent first.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Record that you withdrew this consent today? To tell the service, write a withdrawal request as well.</source>
        <translation>Record that you withdrew this consent today? To tell the service, write a withdrawal request as well.</translation>
    </message>
    <message>
        <source>Data and consents</source>
        <translation>Data and consents</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Change the key</source>
        <translation>Change the key</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring</source>
        <translation>Keep the key in the system keyring</translation>
    </message>
    <message>
        <source>Protect the vault with a passphrase</source>
        <translation>Protect the vault with a passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {min} characters.</source>
        <translation>The passphrase is too short: use at least {min} characters.</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>A reminder date you asked for or a common benchmark, not a statutory deadline: PIPL asks handlers to answer in time (及时).</source>
        <translation>A reminder date you asked for or a common benchmark, not a statutory deadline: PIPL asks handlers to answer in time (及时).</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Export reply &amp;dates (.ics)…</source>
        <translation>Export reply &amp;dates (.ics)…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Events and attachments</source>
        <translation>Events and attachments</translation>
    </message>
    <message>
        <source>Record what &amp;happened…</source>
        <translation>Record what &amp;happened…</translation>
    </message>
    <message>
        <source>Open the &amp;letter…</source>
        <translation>Open the &amp;letter…</translation>
    </message>
    <message>
        <source>Write a &amp;reminder…</source>
        <translation>Write a &amp;reminder…</translation>
    </message>
    <message>
        <source>Write a &amp;complaint…</source>
        <translation>Write a &amp;complaint…</translation>
    </message>
    <message>
        <source>Save evidence &amp;bundle…</source>
        <translation>Save evidence &amp;bundle…</translation>
    </message>
    <message>
        <source>A zip with the letters (also as PDF), events, attachments, the notice version and a sha256 manifest</source>
        <translation>A zip with the letters (also as PDF), events, attachments, the notice version and a sha256 manifest</translation>
    </message>
    <message>
        <source>No requests yet. Open a service and write one.</source>
        <translation>No requests yet. Open a service and write one.</translation>
    </message>
    <message>
        <source>{service} — {type}: {status}</source>
        <translation>{service} — {type}: {status}</translation>
    </message>
    <message>
        <source>Sent {sent}; reply expected by {due} ({basis}).</source>
        <translation>Sent {sent}; reply expected by {due} ({basis}).</translation>
    </message>
    <message>
        <source>{date}: {kind}</source>
        <translation>{date}: {kind}</translation>
    </message>
    <message>
        <source>    attachment: {name} ({size} bytes)</source>
        <translation>    attachment: {name} ({size} bytes)</translation>
    </message>
    <message>
        <source>Press Enter to save a copy</source>
        <translation>Press Enter to save a copy</translation>
    </message>
    <message>
        <source>Save the evidence bundle</source>
        <translation>Save the evidence bundle</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <source>Export reply dates</source>
        <translation>Export reply dates</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendars (*.ics)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Save the attachment</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>ServiceEditDialog</name>
    <message>
        <source>Edit service</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Add a service</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>Mainland China</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider (legal name):</source>
        <translation>&amp;Provider (legal name):</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Privacy n&amp;otice URL:</source>
        <translation>Privacy n&amp;otice URL:</translation>
    </message>
    <message>
        <source>Privacy &amp;e-mails (; between):</source>
        <translation>Privacy &amp;e-mails (; between):</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>P&amp;hones:</translation>
    </message>
    <message>
        <source>Rights request &amp;form:</source>
        <translation>Rights request &amp;form:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Please give the service a name.</source>
        <translation>Please give the service a name.</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>&amp;Import notice…</source>
        <translation>&amp;Import notice…</translation>
    </message>
    <message>
        <source>Import the privacy notice from a file (Ctrl+I)</source>
        <translation>Import the privacy notice from a file (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Fetch notice</source>
        <translation>&amp;Fetch notice</translation>
    </message>
    <message>
        <source>Download the notice from its web address</source>
        <translation>Download the notice from its web address</translation>
    </message>
    <message>
        <source>&amp;Write a request…</source>
        <translation>&amp;Write a request…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>Notice version</translation>
    </message>
    <message>
        <source>Requests to this service</source>
        <translation>Requests to this service</translation>
    </message>
    <message>
        <source>&amp;Notice</source>
        <translation>&amp;Notice</translation>
    </message>
    <message>
        <source>&amp;Data and consents</source>
        <translation>&amp;Data and consents</translation>
    </message>
    <message>
        <source>Art. &amp;17 check</source>
        <translation>Art. &amp;17 check</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;hanges</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Re&amp;quests</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Privacy contacts: {contacts}</source>
        <translation>Privacy contacts: {contacts}</translation>
    </message>
    <message>
        <source>Version {number} ({date})</source>
        <translation>Version {number} ({date})</translation>
    </message>
    <message>
        <source>The notice changed since you consented (version {old} → {new}): {changes}. Under PIPL Art. 14 a change of purposes, methods or categories needs your fresh consent. See the Changes tab, or withdraw your consent.</source>
        <translation>The notice changed since you consented (version {old} → {new}): {changes}. Under PIPL Art. 14 a change of purposes, methods or categories needs your fresh consent. See the Changes tab, or withdraw your consent.</translation>
    </message>
    <message>
        <source>#{id} {type}: {status}, due {due}</source>
        <translation>#{id} {type}: {status}, due {due}</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>No requests yet.</translation>
    </message>
    <message>
        <source>Import a privacy notice</source>
        <translation>Import a privacy notice</translation>
    </message>
    <message>
        <source>Notices ({patterns})</source>
        <translation>Notices ({patterns})</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Please wait for the current notice to finish.</source>
        <translation>Please wait for the current notice to finish.</translation>
    </message>
    <message>
        <source>Importing the notice…</source>
        <translation>Importing the notice…</translation>
    </message>
    <message>
        <source>Fetching the notice…</source>
        <translation>Fetching the notice…</translation>
    </message>
    <message>
        <source>This text is already stored as version {number}.</source>
        <translation>This text is already stored as version {number}.</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Remove service</translation>
    </message>
    <message>
        <source>Remove {name} and everything recorded about it (data given, consents, notices, requests)? This cannot be undone.</source>
        <translation>Remove {name} and everything recorded about it (data given, consents, notices, requests)? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Data given</source>
        <translation>Data given</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>v{n}</source>
        <translation>v{n}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>The notice changed since you consented: check the changes.</source>
        <translation>The notice changed since you consented: check the changes.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Search services (Ctrl+F)</source>
        <translation>Search services (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Filter by region</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>Mainland China</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>Filter by risk</source>
        <translation>Filter by risk</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Any risk</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>Add from &amp;catalogue…</source>
        <translation>Add from &amp;catalogue…</translation>
    </message>
    <message>
        <source>Add by &amp;hand…</source>
        <translation>Add by &amp;hand…</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>No services yet. Add the AI services you use from the catalogue or by hand.</source>
        <translation>No services yet. Add the AI services you use from the catalogue or by hand.</translation>
    </message>
    <message>
        <source>{count} services</source>
        <translation>{count} services</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This app</source>
        <translation>This app</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lock after idle:</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>&amp;Move data folder…</source>
        <translation>&amp;Move data folder…</translation>
    </message>
    <message>
        <source>Move data folder</source>
        <translation>Move data folder</translation>
    </message>
    <message>
        <source>Move the vault, its settings and backups to another folder.</source>
        <translation>Move the vault, its settings and backups to another folder.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>This folder was chosen with --data-dir or CONSENT_LEDGER_DATA_DIR: after a move, point that setting at the new folder.</source>
        <translation>This folder was chosen with --data-dir or CONSENT_LEDGER_DATA_DIR: after a move, point that setting at the new folder.</translation>
    </message>
    <message>
        <source>After a move the app remembers the new folder.</source>
        <translation>After a move the app remembers the new folder.</translation>
    </message>
    <message>
        <source>Key kept:</source>
        <translation>Key kept:</translation>
    </message>
    <message>
        <source>Change the &amp;key or passphrase…</source>
        <translation>Change the &amp;key or passphrase…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;tore…</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>E&amp;xport as JSON…</translation>
    </message>
    <message>
        <source>The whole register in a readable file (consent records with the ISO/IEC TS 27560 fields). The file is not encrypted.</source>
        <translation>The whole register in a readable file (consent records with the ISO/IEC TS 27560 fields). The file is not encrypted.</translation>
    </message>
    <message>
        <source>My details for letters</source>
        <translation>My details for letters</translation>
    </message>
    <message>
        <source>Only what a service needs to find your account. Kept encrypted in the vault.</source>
        <translation>Only what a service needs to find your account. Kept encrypted in the vault.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Account &amp;identifiers (; between):</source>
        <translation>Account &amp;identifiers (; between):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>Postal &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Save my details</source>
        <translation>&amp;Save my details</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>in the system keyring</translation>
    </message>
    <message>
        <source>protected by your passphrase</source>
        <translation>protected by your passphrase</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your details are saved.</source>
        <translation>Your details are saved.</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <source>Vault backups (*.db)</source>
        <translation>Vault backups (*.db)</translation>
    </message>
    <message>
        <source>Backed up to {path}. The copy is encrypted with the same key.</source>
        <translation>Backed up to {path}. The copy is encrypted with the same key.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to {path}. This file is not encrypted: keep it safe.</source>
        <translation>Exported to {path}. This file is not encrypted: keep it safe.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Vault backups (*.db);;All files (*)</source>
        <translation>Vault backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the current vault with this backup? The current vault is kept in the backups folder. The app locks; unlock it again afterwards.</source>
        <translation>Replace the current vault with this backup? The current vault is kept in the backups folder. The app locks; unlock it again afterwards.</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Passphrase of the backup:</translation>
    </message>
    <message>
        <source>Move the vault, its settings and backups from {old} to {new}? The old copies are removed once the new ones are checked. The app locks; unlock it again afterwards.</source>
        <translation>Move the vault, its settings and backups from {old} to {new}? The old copies are removed once the new ones are checked. The app locks; unlock it again afterwards.</translation>
    </message>
    <message>
        <source>Passphrase of the vault:</source>
        <translation>Passphrase of the vault:</translation>
    </message>
    <message>
        <source>The data folder is now {path}.</source>
        <translation>The data folder is now {path}.</translation>
    </message>
    <message>
        <source>Start the app with --data-dir {path} (or set CONSENT_LEDGER_DATA_DIR) from now on.</source>
        <translation>Start the app with --data-dir {path} (or set CONSENT_LEDGER_DATA_DIR) from now on.</translation>
    </message>
    <message>
        <source>These old files could not be removed: {paths}</source>
        <translation>These old files could not be removed: {paths}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>The vault is locked</source>
        <translation>The vault is locked</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your register.</source>
        <translation>Enter your passphrase to open your register.</translation>
    </message>
    <message>
        <source>The key is in the system keyring. Open the register to continue.</source>
        <translation>The key is in the system keyring. Open the register to continue.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Please enter the passphrase.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Requests</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Close service tab</source>
        <translation>Close service tab</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>_ChoiceDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;How (app, web, voice…):</source>
        <translation>&amp;How (app, web, voice…):</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Version {number} ({date})</source>
        <translation>Version {number} ({date})</translation>
    </message>
    <message>
        <source>Under notice &amp;version:</source>
        <translation>Under notice &amp;version:</translation>
    </message>
</context>
</TS>
