-- The people search reads a prefix's newest matches block by block (4,096 ids a block), so a
-- broad prefix no longer reads and sorts all of its matches: each index leads with the block.
DROP INDEX users_username_joined;
DROP INDEX users_email_joined;
CREATE INDEX users_block_username ON users ((id >> 12), username_normalized COLLATE "C", date_joined) INCLUDE (id);
CREATE INDEX users_block_email ON users ((id >> 12), email_normalized COLLATE "C", date_joined) INCLUDE (id);
CREATE INDEX users_block_joined ON users ((id >> 12), date_joined, id);
